#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class TokenLifecycle : public ApiTest {
protected:
    Tokens refreshed(const QString &token) {
        const Reply reply = refresh(token);
        if (reply.status != 200) {
            ADD_FAILURE() << "refresh failed: " << reply.status << " " << reply.body.toStdString();
            return {};
        }
        return {reply.json().value(QStringLiteral("accessToken")).toString(),
                reply.json().value(QStringLiteral("refreshToken")).toString(), reply.json()};
    }
    int sessionStatus(const QString &access) {
        return client.get(QStringLiteral("/api/v1/session"), access).status;
    }
};

TEST_F(TokenLifecycle, RefreshRotatesBothTokens) {
    const Tokens first = loginAlice();
    ASSERT_TRUE(first.ok());
    data().clock.advanceSeconds(60);
    const Tokens second = refreshed(first.refresh);
    ASSERT_TRUE(second.ok());
    EXPECT_NE(second.access, first.access);
    EXPECT_NE(second.refresh, first.refresh);
    EXPECT_EQ(sessionStatus(second.access), 200);
    // An access token issued before the refresh stays valid until its own expiry.
    EXPECT_EQ(sessionStatus(first.access), 200);
    data().clock.advanceSeconds(240);
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), first.access), 401,
                          "token-expired"));
    EXPECT_EQ(sessionStatus(second.access), 200);
    // The grant repeats the session and the policy.
    EXPECT_EQ(
        second.grant[QStringLiteral("session")][QStringLiteral("user")][QStringLiteral("name")]
            .toString(),
        QStringLiteral("alice"));
    EXPECT_TRUE(second.grant[QStringLiteral("policy")].isObject());
    // And the chain continues.
    const Tokens third = refreshed(second.refresh);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(sessionStatus(third.access), 200);
}

TEST_F(TokenLifecycle, ReusingARotatedRefreshTokenRevokesTheWholeChain) {
    const Tokens first = loginAlice();
    ASSERT_TRUE(first.ok());
    const Tokens second = refreshed(first.refresh);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(sessionStatus(second.access), 200);

    EXPECT_TRUE(isProblem(refresh(first.refresh), 401, "token-reused"));

    // The newer tokens of the same session stop working too.
    EXPECT_TRUE(isProblem(refresh(second.refresh), 401, "token-reused"));
    const Reply access = client.get(QStringLiteral("/api/v1/session"), second.access);
    EXPECT_EQ(access.status, 401) << access.body.toStdString();
    EXPECT_TRUE(access.code() == QLatin1String("token-invalid") ||
                access.code() == QLatin1String("token-reused"))
        << access.body.toStdString();
    EXPECT_EQ(sessionStatus(first.access), 401);
}

TEST_F(TokenLifecycle, ReuseRevokesOnlyThatSession) {
    const Tokens phoneA = loginAlice(QStringLiteral("phone-a"));
    const Tokens phoneB = loginAlice(QStringLiteral("phone-b"));
    ASSERT_TRUE(phoneA.ok());
    ASSERT_TRUE(phoneB.ok());
    ASSERT_TRUE(refreshed(phoneA.refresh).ok());
    EXPECT_TRUE(isProblem(refresh(phoneA.refresh), 401, "token-reused"));
    EXPECT_EQ(sessionStatus(phoneB.access), 200);
    EXPECT_TRUE(refreshed(phoneB.refresh).ok());
}

TEST_F(TokenLifecycle, AccessTokenExpiresAfterItsLifetime) {
    setSetting(setting::kAccessTokenSeconds, QStringLiteral("120"));
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    data().clock.advanceSeconds(119);
    EXPECT_EQ(sessionStatus(tokens.access), 200);
    data().clock.advanceSeconds(1);
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 401,
                          "token-expired"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes"), tokens.access), 401,
                          "token-expired"));
    // The refresh token brings a fresh access token.
    const Tokens next = refreshed(tokens.refresh);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(sessionStatus(next.access), 200);
}

TEST_F(TokenLifecycle, RefreshTokenExpires) {
    setSetting(setting::kRefreshTokenSeconds, QStringLiteral("600"));
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    data().clock.advanceSeconds(600);
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 401, "token-expired"));
}

TEST_F(TokenLifecycle, IdleSessionExpires) {
    setSetting(setting::kSessionTimeoutSeconds, QStringLiteral("3600"));
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    data().clock.advanceSeconds(3601);
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 401,
                          "session-expired"));
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 401, "session-expired"));
}

TEST_F(TokenLifecycle, DefaultIdleTimeoutEndsTheSessionAfterADay) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    data().clock.advanceSeconds(86'401);
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 401, "session-expired"));
}

TEST_F(TokenLifecycle, RequestsCountAsActivityForTheIdleTimeout) {
    setSetting(setting::kSessionTimeoutSeconds, QStringLiteral("3600"));
    setSetting(setting::kAccessTokenSeconds, QStringLiteral("20000"));
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    for (int i = 0; i < 3; ++i) {
        data().clock.advanceSeconds(3000);
        ASSERT_EQ(sessionStatus(tokens.access), 200) << "request " << i;
    }
    data().clock.advanceSeconds(3601);
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 401,
                          "session-expired"));
}

TEST_F(TokenLifecycle, ActivityKeepsTheSessionAliveUntilItsMaximumAge) {
    setSetting(setting::kSessionTimeoutSeconds, QStringLiteral("3600"));
    setSetting(setting::kMaxSessionSeconds, QStringLiteral("10000"));
    Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    // Refreshing every 3000 s keeps it from idling out...
    for (int i = 0; i < 3; ++i) {
        data().clock.advanceSeconds(3000);
        tokens = refreshed(tokens.refresh);
        ASSERT_TRUE(tokens.ok()) << "refresh " << i;
    }
    // ...but not beyond the maximum session age (9000 s so far).
    data().clock.advanceSeconds(1001);
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 401, "session-expired"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 401,
                          "session-expired"));
}

TEST_F(TokenLifecycle, SessionExpiredSaysWhichLimitEndedIt) {
    setSetting(setting::kSessionTimeoutSeconds, QStringLiteral("3600"));
    setSetting(setting::kMaxSessionSeconds, QStringLiteral("5000"));
    setSetting(setting::kAccessTokenSeconds, QStringLiteral("100000"));
    const Tokens idle = loginAlice(QStringLiteral("phone-a"));
    ASSERT_TRUE(idle.ok());
    data().clock.advanceSeconds(3601);
    const Tokens busy = loginAlice(QStringLiteral("phone-b"));
    ASSERT_TRUE(busy.ok());
    for (const Reply &reply :
         {client.get(QStringLiteral("/api/v1/session"), idle.access), refresh(idle.refresh)}) {
        ASSERT_TRUE(isProblem(reply, 401, "session-expired"));
        EXPECT_EQ(reply.json().value(QStringLiteral("reason")).toString(), QStringLiteral("idle"));
        EXPECT_EQ(reply.json().value(QStringLiteral("idleSeconds")), QJsonValue(3600));
        EXPECT_FALSE(reply.json().contains(QStringLiteral("maxSessionSeconds")));
    }
    // Busy all along, the other session reaches its maximum age instead.
    data().clock.advanceSeconds(3000);
    ASSERT_EQ(sessionStatus(busy.access), 200);
    data().clock.advanceSeconds(2001);
    for (const Reply &reply :
         {client.get(QStringLiteral("/api/v1/session"), busy.access), refresh(busy.refresh)}) {
        ASSERT_TRUE(isProblem(reply, 401, "session-expired"));
        EXPECT_EQ(reply.json().value(QStringLiteral("reason")).toString(),
                  QStringLiteral("max-age"));
        EXPECT_EQ(reply.json().value(QStringLiteral("maxSessionSeconds")), QJsonValue(5000));
        EXPECT_FALSE(reply.json().contains(QStringLiteral("idleSeconds")));
    }
}

TEST_F(TokenLifecycle, LogoutEndsTheSession) {
    const Tokens tokens = loginAlice(QStringLiteral("phone-a"));
    const Tokens other = loginAlice(QStringLiteral("phone-b"));
    ASSERT_TRUE(tokens.ok());
    ASSERT_TRUE(other.ok());
    const Reply reply = client.post(QStringLiteral("/api/v1/auth/logout"), {}, tokens.access);
    EXPECT_EQ(reply.status, 204) << reply.body.toStdString();
    EXPECT_TRUE(reply.body.isEmpty());
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 401,
                          "token-invalid"));
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 401, "token-invalid"));
    // Another device's session is untouched.
    EXPECT_EQ(sessionStatus(other.access), 200);
}

TEST_F(TokenLifecycle, LogoutWorksWithAnExpiredAccessToken) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    data().clock.advanceSeconds(301);
    ASSERT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 401,
                          "token-expired"));
    EXPECT_EQ(client.post(QStringLiteral("/api/v1/auth/logout"), {}, tokens.access).status, 204);
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 401, "token-invalid"));
    // A second logout with the same token: the session is already ended.
    EXPECT_TRUE(isProblem(client.post(QStringLiteral("/api/v1/auth/logout"), {}, tokens.access),
                          401, "token-invalid"));
}

TEST_F(TokenLifecycle, LogoutNeedsAToken) {
    EXPECT_TRUE(
        isProblem(client.post(QStringLiteral("/api/v1/auth/logout"), {}), 401, "auth-required"));
    EXPECT_TRUE(
        isProblem(client.post(QStringLiteral("/api/v1/auth/logout"), {}, QStringLiteral("unknown")),
                  401, "token-invalid"));
}

TEST_F(TokenLifecycle, UnknownTokensAreInvalid) {
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), QStringLiteral("forged")),
                          401, "token-invalid"));
    EXPECT_TRUE(isProblem(refresh(QStringLiteral("forged")), 401, "token-invalid"));
    // A refresh token is not an access token, nor the other way round.
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.refresh), 401,
                          "token-invalid"));
    EXPECT_TRUE(isProblem(refresh(tokens.access), 401, "token-invalid"));
}

TEST_F(TokenLifecycle, MissingOrForeignAuthorizationIsAuthRequired) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes")), 401, "auth-required"));
    EXPECT_TRUE(isProblem(client.send("GET", QStringLiteral("/api/v1/session"), {},
                                      {{"Authorization", "Basic " + tokens.access.toLatin1()}}),
                          401, "auth-required"));
    EXPECT_TRUE(isProblem(
        client.send("GET", QStringLiteral("/api/v1/session"), {}, {{"Authorization", "Bearer "}}),
        401, "auth-required"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/records/1")), 401, "auth-required"));
    EXPECT_TRUE(
        isProblem(client.post(QStringLiteral("/api/v1/records"), {}), 401, "auth-required"));
    EXPECT_TRUE(
        isProblem(client.patch(QStringLiteral("/api/v1/records/1"), {}), 401, "auth-required"));
    EXPECT_TRUE(
        isProblem(client.post(QStringLiteral("/api/v1/link-codes"), {}), 401, "auth-required"));
}

TEST_F(TokenLifecycle, RefreshNeedsTheToken) {
    const Reply reply = client.post(QStringLiteral("/api/v1/auth/refresh"), {});
    ASSERT_TRUE(isProblem(reply, 400, "invalid-request"));
    EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(),
              QStringLiteral("refreshToken"));
}

} // namespace
