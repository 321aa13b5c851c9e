#include "server/common/timefmt.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

#include <QUrl>
#include <QUrlQuery>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class LinkCodesApi : public ApiTest {
protected:
    void SetUp() override {
        tokens = loginAlice();
        ASSERT_TRUE(tokens.ok());
    }

    QJsonObject issue() {
        const Reply reply = client.post(QStringLiteral("/api/v1/link-codes"), {}, tokens.access);
        if (reply.status != 201) {
            ADD_FAILURE() << "issuing a link code failed: " << reply.status << " "
                          << reply.body.toStdString();
            return {};
        }
        return reply.json();
    }

    Reply redeem(const QString &token) {
        return client.post(QStringLiteral("/api/v1/link-codes/redeem"),
                           {{QStringLiteral("token"), token}});
    }

    Tokens tokens;
};

TEST_F(LinkCodesApi, IssuesACodeWithTheLinkUri) {
    const qint64 now = data().clock.nowMs();
    const QJsonObject code = issue();
    const QString token = code.value(QStringLiteral("token")).toString();
    EXPECT_GE(token.size(), 40);
    EXPECT_EQ(code.value(QStringLiteral("expiresAt")).toString(), isoTime(now + 300'000));
    EXPECT_EQ(code.value(QStringLiteral("pin")).toString(), server.pin());
    EXPECT_FALSE(server.pin().isEmpty());

    const QUrl uri(code.value(QStringLiteral("uri")).toString());
    EXPECT_EQ(uri.scheme(), QStringLiteral("vaultlink"));
    EXPECT_EQ(uri.host(), QStringLiteral("link"));
    const QUrlQuery query(uri);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("v")), QStringLiteral("1"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded), server.baseUrl());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("db")), QString::number(db));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded),
              QStringLiteral("Main"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded),
              QStringLiteral("alice"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded), token);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded), server.pin());
}

TEST_F(LinkCodesApi, IssuingIgnoresABody) {
    const Reply reply = client.send(
        "POST", QStringLiteral("/api/v1/link-codes"), "not json at all",
        {{"Content-Type", "text/plain"}, {"Authorization", "Bearer " + tokens.access.toLatin1()}});
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    EXPECT_FALSE(reply.json().value(QStringLiteral("token")).toString().isEmpty());
}

TEST_F(LinkCodesApi, EveryCodeIsNew) {
    const QString first = issue().value(QStringLiteral("token")).toString();
    const QString second = issue().value(QStringLiteral("token")).toString();
    EXPECT_NE(first, second);
    EXPECT_EQ(redeem(first).status, 200);
    EXPECT_EQ(redeem(second).status, 200);
}

TEST_F(LinkCodesApi, RedeemingNamesTheServerDatabaseAndUserOnce) {
    const QString token = issue().value(QStringLiteral("token")).toString();
    const Reply reply = redeem(token);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject target = reply.json();
    EXPECT_EQ(target.value(QStringLiteral("server")).toString(), server.baseUrl());
    EXPECT_EQ(target[QStringLiteral("database")][QStringLiteral("id")].toInteger(), db);
    EXPECT_EQ(target[QStringLiteral("database")][QStringLiteral("name")].toString(),
              QStringLiteral("Main"));
    EXPECT_EQ(target.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    // Redeeming needs no access token, and works only once.
    EXPECT_TRUE(isProblem(redeem(token), 409, "link-code-used"));
}

TEST_F(LinkCodesApi, UnknownCode) {
    EXPECT_TRUE(isProblem(redeem(QStringLiteral("never-issued")), 404, "link-code-unknown"));
}

TEST_F(LinkCodesApi, ExpiredCode) {
    setSetting(setting::kLinkCodeSeconds, QStringLiteral("120"));
    const QString late = issue().value(QStringLiteral("token")).toString();
    const QString early = issue().value(QStringLiteral("token")).toString();
    data().clock.advanceSeconds(119);
    EXPECT_EQ(redeem(early).status, 200);
    data().clock.advanceSeconds(1);
    EXPECT_TRUE(isProblem(redeem(late), 410, "link-code-expired"));
    // An expired code stays expired; it is not consumed.
    EXPECT_TRUE(isProblem(redeem(late), 410, "link-code-expired"));
}

TEST_F(LinkCodesApi, AUsedCodeStaysUsedAfterItsExpiry) {
    const QString token = issue().value(QStringLiteral("token")).toString();
    ASSERT_EQ(redeem(token).status, 200);
    data().clock.advanceSeconds(600);
    EXPECT_TRUE(isProblem(redeem(token), 409, "link-code-used"));
}

TEST_F(LinkCodesApi, IssuingNeedsAValidSession) {
    EXPECT_TRUE(
        isProblem(client.post(QStringLiteral("/api/v1/link-codes"), {}), 401, "auth-required"));
    EXPECT_TRUE(
        isProblem(client.post(QStringLiteral("/api/v1/link-codes"), {}, QStringLiteral("x")), 401,
                  "token-invalid"));
}

TEST_F(LinkCodesApi, RedeemRequestMustBeWellFormed) {
    const Reply missing = client.post(QStringLiteral("/api/v1/link-codes/redeem"), {});
    ASSERT_TRUE(isProblem(missing, 400, "invalid-request"));
    EXPECT_EQ(missing.json().value(QStringLiteral("field")).toString(), QStringLiteral("token"));
    EXPECT_TRUE(isProblem(client.post(QStringLiteral("/api/v1/link-codes/redeem"),
                                      {{QStringLiteral("token"), 12345}}),
                          400, "invalid-request"));
    EXPECT_TRUE(
        isProblem(client.send("POST", QStringLiteral("/api/v1/link-codes/redeem"), "token=x",
                              {{"Content-Type", "application/x-www-form-urlencoded"}}),
                  415, "unsupported-media-type"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/link-codes/redeem")), 405,
                          "method-not-allowed"));
}

} // namespace
