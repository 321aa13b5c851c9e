#include "src/crypto/secure_buffer.h"
#include "tests/unit/api/api_fakes.h"

#include <QUrlQuery>

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

class Requests : public ::testing::Test, protected ClientFixture {
protected:
    const HttpRequest &only() {
        EXPECT_EQ(transport.requests.size(), 1);
        return transport.requests.first();
    }
};

TEST_F(Requests, InfoIsAnAnonymousGetUnderApiV1) {
    transport.then(jsonAnswer(200, infoJson()));
    client.info();
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(request.url.toString(), QStringLiteral("https://vault.example.com:8443/api/v1/info"));
    EXPECT_TRUE(headerOf(request, "Authorization").isEmpty());
    EXPECT_EQ(headerOf(request, "Accept"), "application/json");
    EXPECT_TRUE(request.body.isEmpty());
}

TEST_F(Requests, ABasePathIsKept) {
    FakeTransport other;
    ApiClient prefixed(QUrl(QStringLiteral("https://vault.example.com/team")), other, random,
                       [](std::chrono::milliseconds) {});
    other.then(jsonAnswer(200, databasesJson()));
    prefixed.databases();
    ASSERT_EQ(other.requests.size(), 1);
    EXPECT_EQ(other.requests.first().url.toString(),
              QStringLiteral("https://vault.example.com/team/api/v1/databases"));
}

TEST_F(Requests, DatabasesIsAnAnonymousGet) {
    transport.then(jsonAnswer(200, databasesJson()));
    client.databases();
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/databases"));
    EXPECT_TRUE(headerOf(request, "Authorization").isEmpty());
}

TEST_F(Requests, LoginPostsDatabaseUserPasswordAndDevice) {
    transport.then(jsonAnswer(200, grantJson()));
    const SecureBuffer password = SecureBuffer::fromUtf8(QStringLiteral("alice-demo-2026"));
    client.login(1, QStringLiteral("alice"), password,
                 {QStringLiteral("phone-1"), QStringLiteral("Alice's Pixel 8")});
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/auth/login"));
    EXPECT_TRUE(headerOf(request, "Authorization").isEmpty());
    const QJsonObject body = bodyOf(request);
    EXPECT_EQ(body.value(QStringLiteral("database")).toInteger(), 1);
    EXPECT_EQ(body.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    EXPECT_EQ(body.value(QStringLiteral("password")).toString(), QStringLiteral("alice-demo-2026"));
    const QJsonObject device = body.value(QStringLiteral("device")).toObject();
    EXPECT_EQ(device.value(QStringLiteral("id")).toString(), QStringLiteral("phone-1"));
    EXPECT_EQ(device.value(QStringLiteral("name")).toString(), QStringLiteral("Alice's Pixel 8"));
}

TEST_F(Requests, APasswordWithJsonSpecialCharactersArrivesUnchanged) {
    const QString tricky = QStringLiteral("q\"uo\\te\n\t\x01 é€😀 </script>");
    transport.then(jsonAnswer(200, grantJson()));
    client.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(tricky),
                 {QStringLiteral("phone-1"), {}});
    const QJsonObject body = bodyOf(only());
    EXPECT_EQ(body.value(QStringLiteral("password")).toString(), tricky);
    // A device without a name sends none: the server then shows the id.
    EXPECT_FALSE(body.value(QStringLiteral("device")).toObject().contains(QStringLiteral("name")));
}

TEST_F(Requests, AnswerTotpPostsTransactionMethodAndCode) {
    transport.then(jsonAnswer(200, grantJson()));
    client.answerTotp(QStringLiteral("tx-1"), QStringLiteral("082735"));
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/auth/mfa"));
    const QJsonObject body = bodyOf(request);
    EXPECT_EQ(body.value(QStringLiteral("transaction")).toString(), QStringLiteral("tx-1"));
    EXPECT_EQ(body.value(QStringLiteral("method")).toString(), QStringLiteral("totp"));
    EXPECT_EQ(body.value(QStringLiteral("response")).toObject().value(QStringLiteral("code")),
              QStringLiteral("082735"));
}

TEST_F(Requests, RefreshPostsTheRefreshTokenWithoutBearer) {
    transport.then(jsonAnswer(200, grantJson()));
    client.refresh(QStringLiteral("refresh-0"));
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/auth/refresh"));
    EXPECT_TRUE(headerOf(request, "Authorization").isEmpty());
    EXPECT_EQ(bodyOf(request),
              (QJsonObject{{QStringLiteral("refreshToken"), QStringLiteral("refresh-0")}}));
}

TEST_F(Requests, LogoutPostsWithTheAccessTokenAndAccepts204) {
    transport.then(rawAnswer(204, {}, {}));
    client.logout(QStringLiteral("access-1"));
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/auth/logout"));
    EXPECT_EQ(headerOf(request, "Authorization"), "Bearer access-1");
    EXPECT_TRUE(request.body.isEmpty());
}

TEST_F(Requests, SessionIsABearerGet) {
    transport.then(jsonAnswer(200, sessionJson()));
    client.session(QStringLiteral("access-1"));
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/session"));
    EXPECT_EQ(headerOf(request, "Authorization"), "Bearer access-1");
}

TEST_F(Requests, ChangesSendsTheCursorFullyEscapedAndTheLimit) {
    transport.then(jsonAnswer(200, feedJson()));
    client.changes(QStringLiteral("access-1"), QStringLiteral("a+b/c=&d e"), 50);
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/changes"));
    EXPECT_EQ(headerOf(request, "Authorization"), "Bearer access-1");
    EXPECT_EQ(request.url.query(QUrl::FullyEncoded),
              QStringLiteral("cursor=a%2Bb%2Fc%3D%26d%20e&limit=50&format=2"));
    const QUrlQuery query(request.url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded),
              QStringLiteral("a+b/c=&d e"));
}

TEST_F(Requests, ChangesFromTheStartSendsNoCursor) {
    transport.then(jsonAnswer(200, feedJson()));
    client.changes(QStringLiteral("access-1"), QString());
    const QUrlQuery query(only().url);
    EXPECT_FALSE(query.hasQueryItem(QStringLiteral("cursor")));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5000"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("format")), QStringLiteral("2"));
}

TEST_F(Requests, ChangesInFormatOneSendsNoFormat) {
    transport.then(jsonAnswer(200, feedJson()));
    client.changes(QStringLiteral("access-1"), QString(), 1000, 1);
    const QUrlQuery query(only().url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));
    EXPECT_FALSE(query.hasQueryItem(QStringLiteral("format")));
}

TEST_F(Requests, RedeemPostsTheLinkToken) {
    transport.then(jsonAnswer(200, redemptionJson()));
    client.redeem(QStringLiteral("link-token"));
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/link-codes/redeem"));
    EXPECT_TRUE(headerOf(request, "Authorization").isEmpty());
    EXPECT_EQ(bodyOf(request),
              (QJsonObject{{QStringLiteral("token"), QStringLiteral("link-token")}}));
}

} // namespace
