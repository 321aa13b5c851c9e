#include "src/api/api_parse.h"
#include "src/crypto/secure_buffer.h"
#include "tests/unit/api/api_fakes.h"

#include <cctype>

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

class BadAnswerFixture : public ::testing::Test, protected ClientFixture {};

// Answers outside the contract: each must be a BadAnswer naming what is wrong.
struct Bad {
    const char *name;
    HttpResponse answer;
    const char *mentions;
    int call; // 0 info, 1 session, 2 changes, 3 login, 4 redeem, 5 logout, 6 databases,
              // 7 changes with each record read
};

void PrintTo(const Bad &bad, std::ostream *os) {
    *os << bad.name;
}

QJsonObject without(QJsonObject object, const char *key) {
    object.remove(QLatin1String(key));
    return object;
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value) {
    object.insert(QLatin1String(key), value);
    return object;
}

QJsonObject withPolicy(QJsonObject object, const char *key, const QJsonValue &value) {
    object.insert(QStringLiteral("policy"),
                  with(object.value(QStringLiteral("policy")).toObject(), key, value));
    return object;
}

std::vector<Bad> badAnswers() {
    QJsonObject grantBadUser = grantJson();
    QJsonObject session = grantBadUser.value(QStringLiteral("session")).toObject();
    QJsonObject user = session.value(QStringLiteral("user")).toObject();
    user.insert(QStringLiteral("name"), 42);
    session.insert(QStringLiteral("user"), user);
    grantBadUser.insert(QStringLiteral("session"), session);

    QJsonObject badChallenge = challengeProblem();
    badChallenge.remove(QStringLiteral("transaction"));

    return {
        {"html", rawAnswer(200, "<html>hello</html>", "text/html"), "not a JSON object", 0},
        {"array", rawAnswer(200, "[1,2]", "application/json"), "not a JSON object", 0},
        {"empty", rawAnswer(200, "", "application/json"), "not a JSON object", 0},
        {"info without name", jsonAnswer(200, without(infoJson(), "name")), "'name' is missing", 0},
        {"apiVersion as text", jsonAnswer(200, with(infoJson(), "apiVersion", QStringLiteral("1"))),
         "'apiVersion' is not a number", 0},
        {"feature not text", jsonAnswer(200, with(infoJson(), "features", QJsonArray{1})),
         "'features[0]' is not a string", 0},
        {"databases not an array",
         jsonAnswer(200, with(databasesJson(), "databases", QJsonObject{})), "is not an array", 6},
        {"units missing", jsonAnswer(200, without(sessionJson(), "units")), "'units' is missing",
         1},
        {"deviceActive as text",
         jsonAnswer(200, withPolicy(sessionJson(), "deviceActive", QStringLiteral("yes"))),
         "'policy.deviceActive' is not true or false", 1},
        {"policy fraction", jsonAnswer(200, withPolicy(feedJson(), "maxOfflineSeconds", 2.5)),
         "'policy.maxOfflineSeconds' is not a whole number", 2},
        // The page's records are cut out with the page and read one by one (call 7).
        {"records not an array", jsonAnswer(200, with(feedJson(), "records", QJsonObject{})),
         "the change feed page: \"records\" is not an array", 2},
        {"page cut short", rawAnswer(200, R"({"records":[{"id":1},)", "application/json"),
         "the change feed page: an element of \"records\" was expected", 2},
        {"page with two record lists",
         rawAnswer(200, R"({"records":[],"records":[]})", "application/json"), "appears twice", 2},
        {"record not an object", jsonAnswer(200, with(feedJson(), "records", QJsonArray{7})),
         "records[0] is not a JSON object", 7},
        {"record without id",
         jsonAnswer(200, with(feedJson(), "records", QJsonArray{without(recordJson(1, 1), "id")})),
         "records[0]: member 'id' is missing", 7},
        {"format 3", jsonAnswer(200, with(feedJson(), "format", 3)), "'format' is not 1 or 2", 2},
        {"compact values not an object",
         jsonAnswer(200,
                    with(feedJson(), "records",
                         QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                {QStringLiteral("sequence"), 1},
                                                {QStringLiteral("form"), QStringLiteral("note")},
                                                {QStringLiteral("values"), QJsonArray{}}}})),
         "records[0]: member 'values' is not an object", 7},
        {"compact change without revision",
         jsonAnswer(200, with(feedJson(), "records",
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("id"), 1},
                                  {QStringLiteral("sequence"), 1},
                                  {QStringLiteral("form"), QStringLiteral("note")},
                                  {QStringLiteral("values"), QJsonObject{}},
                                  {QStringLiteral("changed"),
                                   QJsonObject{{QStringLiteral("notes"),
                                                QJsonObject{{QStringLiteral("revision"),
                                                             QStringLiteral("2")}}}}}}})),
         "'changed.notes.revision' is not a number", 7},
        {"removed not ids",
         jsonAnswer(200, with(feedJson(), "removed", QJsonArray{QStringLiteral("5")})),
         "'removed[0]' is not a whole number", 2},
        {"more as number", jsonAnswer(200, with(feedJson(), "more", 0)), "'more' is not true", 2},
        {"digest upper case",
         jsonAnswer(200,
                    with(feedJson(), "total",
                         QJsonObject{{QStringLiteral("count"), 1},
                                     {QStringLiteral("digest"), QString(64, QLatin1Char('A'))}})),
         "'total.digest'", 2},
        {"grant user name a number", jsonAnswer(200, grantBadUser), "'session.user.name'", 3},
        {"grant without refresh token", jsonAnswer(200, without(grantJson(), "refreshToken")),
         "'refreshToken' is missing", 3},
        {"grant with bad expiry",
         jsonAnswer(200, with(grantJson(), "accessTokenExpiresAt", QStringLiteral("soon"))),
         "'accessTokenExpiresAt' is not an RFC 3339 time", 3},
        {"grant of another type",
         jsonAnswer(200, with(grantJson(), "tokenType", QStringLiteral("MAC"))), "'tokenType'", 3},
        {"challenge without transaction",
         problemAnswer(401, QStringLiteral("mfa-required"), badChallenge), "'transaction'", 3},
        {"redemption without user", jsonAnswer(200, without(redemptionJson(), "username")),
         "'username' is missing", 4},
        {"error without problem", rawAnswer(404, "<html>Not Found</html>", "text/html"),
         "HTTP 404 without a problem document", 4},
        {"problem without code", jsonAnswer(400, {{QStringLiteral("title"), QStringLiteral("x")}}),
         "HTTP 400 without a problem document", 4},
        {"redirect", rawAnswer(302, "", "text/html"), "HTTP 302 without a problem document", 0},
        {"unexpected success status", jsonAnswer(201, infoJson()), "HTTP 201 instead of 200", 0},
        {"logout with 202", rawAnswer(202, "", ""), "HTTP 202 instead of 204", 5},
    };
}

class BadAnswers : public BadAnswerFixture, public ::testing::WithParamInterface<Bad> {};

TEST_P(BadAnswers, AreRefusedNamingWhatIsWrong) {
    transport.then(GetParam().answer);
    const ApiError error = thrownBy([this] {
        switch (GetParam().call) {
        case 0:
            client.info();
            break;
        case 1:
            client.session(QStringLiteral("a"));
            break;
        case 2:
            client.changes(QStringLiteral("a"), QString());
            break;
        case 3:
            client.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                         {QStringLiteral("phone-1"), {}});
            break;
        case 4:
            client.redeem(QStringLiteral("t"));
            break;
        case 5:
            client.logout(QStringLiteral("a"));
            break;
        case 7: {
            const FeedPage page = client.changes(QStringLiteral("a"), QString());
            for (qsizetype i = 0; i < page.records.size(); ++i)
                parseFeedRecord(page.records[i], i);
            break;
        }
        default:
            client.databases();
        }
    });
    EXPECT_EQ(error.kind(), ApiError::Kind::BadAnswer);
    EXPECT_EQ(error.message().key(), QStringLiteral("bad-answer")) << error.what();
    EXPECT_TRUE(error.message().args().value(0).contains(QString::fromLatin1(GetParam().mentions)))
        << error.what();
}

INSTANTIATE_TEST_SUITE_P(Table, BadAnswers, ::testing::ValuesIn(badAnswers()),
                         [](const ::testing::TestParamInfo<Bad> &param) {
                             std::string name = param.param.name;
                             for (char &c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

} // namespace
