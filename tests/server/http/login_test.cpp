#include "server/auth/devices.h"
#include "server/common/timefmt.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class Login : public ApiTest {};

TEST_F(Login, GrantsTokensSessionAndPolicy) {
    const qint64 now = data().clock.nowMs();
    const Reply reply =
        client.post(QStringLiteral("/api/v1/auth/login"),
                    loginBody(db, QStringLiteral("alice"), kAlicePassword, QStringLiteral("dev-1"),
                              QStringLiteral("Alice's phone")));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject grant = reply.json();
    EXPECT_EQ(grant.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    const QString access = grant.value(QStringLiteral("accessToken")).toString();
    const QString refresh = grant.value(QStringLiteral("refreshToken")).toString();
    EXPECT_GE(access.size(), 40);
    EXPECT_GE(refresh.size(), 40);
    EXPECT_NE(access, refresh);
    EXPECT_EQ(grant.value(QStringLiteral("accessTokenExpiresAt")).toString(),
              isoTime(now + 300'000));
    EXPECT_EQ(grant.value(QStringLiteral("refreshTokenExpiresAt")).toString(),
              isoTime(now + 604'800'000));
    EXPECT_EQ(
        grant[QStringLiteral("session")][QStringLiteral("user")][QStringLiteral("name")].toString(),
        QStringLiteral("alice"));
    EXPECT_EQ(grant[QStringLiteral("session")][QStringLiteral("database")][QStringLiteral("id")]
                  .toInteger(),
              db);
    EXPECT_EQ(grant[QStringLiteral("session")][QStringLiteral("device")][QStringLiteral("name")]
                  .toString(),
              QStringLiteral("Alice's phone"));
    EXPECT_TRUE(grant[QStringLiteral("policy")][QStringLiteral("mobileSyncAllowed")].toBool());
    EXPECT_TRUE(grant[QStringLiteral("policy")][QStringLiteral("deviceActive")].toBool());

    // The access token works, and the device is now registered for alice.
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), access).status, 200);
    const QList<DeviceRow> devices = listDevices(store());
    ASSERT_EQ(devices.size(), 1);
    EXPECT_EQ(devices.first().deviceId, QStringLiteral("dev-1"));
    EXPECT_EQ(devices.first().userId, alice);
    EXPECT_TRUE(devices.first().active);
}

TEST_F(Login, EachLoginGetsItsOwnTokens) {
    const Tokens first = loginAlice(QStringLiteral("phone-a"));
    const Tokens second = loginAlice(QStringLiteral("phone-b"));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(first.access, second.access);
    EXPECT_NE(first.refresh, second.refresh);
    EXPECT_EQ(listDevices(store()).size(), 2);
}

TEST_F(Login, DeviceNameIsUpdatedOnEveryLogin) {
    ASSERT_EQ(client
                  .post(QStringLiteral("/api/v1/auth/login"),
                        loginBody(db, QStringLiteral("alice"), kAlicePassword, QStringLiteral("d"),
                                  QStringLiteral("Old name")))
                  .status,
              200);
    const Reply again = client.post(QStringLiteral("/api/v1/auth/login"),
                                    loginBody(db, QStringLiteral("alice"), kAlicePassword,
                                              QStringLiteral("d"), QStringLiteral("New name")));
    ASSERT_EQ(again.status, 200);
    const QList<DeviceRow> devices = listDevices(store());
    ASSERT_EQ(devices.size(), 1);
    EXPECT_EQ(devices.first().name, QStringLiteral("New name"));
}

TEST_F(Login, DeviceNameDefaultsToItsId) {
    QJsonObject body = loginBody(db, QStringLiteral("alice"), kAlicePassword);
    body.insert(QStringLiteral("device"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("only-id")}});
    const Reply reply = client.post(QStringLiteral("/api/v1/auth/login"), body);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(
        reply.json()[QStringLiteral("session")][QStringLiteral("device")][QStringLiteral("name")]
            .toString(),
        QStringLiteral("only-id"));
}

TEST_F(Login, WrongPasswordIsBadCredentials) {
    const Reply reply = login(db, QStringLiteral("alice"), QStringLiteral("wrong"));
    EXPECT_TRUE(isProblem(reply, 401, "bad-credentials"));
    EXPECT_TRUE(reply.json().value(QStringLiteral("accessToken")).isUndefined());
    EXPECT_TRUE(listDevices(store()).isEmpty()); // nothing registered for a failed login
}

TEST_F(Login, UnknownUserIsBadCredentialsToo) {
    const Reply reply = login(db, QStringLiteral("mallory"), kAlicePassword);
    EXPECT_TRUE(isProblem(reply, 401, "bad-credentials"));
}

TEST_F(Login, UnknownNamesAreThrottledLikeRealOnes) {
    setSetting(setting::kFreeLoginAttempts, QStringLiteral("1"));
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("ghost"), QStringLiteral("x")), 401, "bad-credentials"));
    const Reply throttled = login(db, QStringLiteral("ghost"), QStringLiteral("x"));
    EXPECT_TRUE(isProblem(throttled, 429, "login-throttled"));
    EXPECT_EQ(throttled.header("retry-after"), QByteArray("1"));
    // Real users are not affected by it.
    EXPECT_EQ(login(db, QStringLiteral("alice"), kAlicePassword).status, 200);
}

TEST_F(Login, UserNamesAreCaseInsensitive) {
    EXPECT_EQ(login(db, QStringLiteral("ALICE"), kAlicePassword).status, 200);
}

TEST_F(Login, UnknownDatabase) {
    const Reply reply = login(db + 100, QStringLiteral("alice"), kAlicePassword);
    EXPECT_TRUE(isProblem(reply, 404, "database-unknown"));
}

TEST_F(Login, ThrottledAfterTheFreeAttemptsWithRetryAfter) {
    setSetting(setting::kFreeLoginAttempts, QStringLiteral("3"));
    setSetting(setting::kThrottleBaseMs, QStringLiteral("4000"));
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(isProblem(login(db, QStringLiteral("alice"), QStringLiteral("wrong")), 401,
                              "bad-credentials"))
            << "attempt " << i;

    // Even the right password waits out the delay.
    const Reply throttled = login(db, QStringLiteral("alice"), kAlicePassword);
    ASSERT_TRUE(isProblem(throttled, 429, "login-throttled"));
    EXPECT_EQ(throttled.header("retry-after"), QByteArray("4"));
    EXPECT_EQ(throttled.json().value(QStringLiteral("retryAfterSeconds")).toInteger(), 4);

    data().clock.advanceMs(2500);
    const Reply stillThrottled = login(db, QStringLiteral("alice"), kAlicePassword);
    ASSERT_TRUE(isProblem(stillThrottled, 429, "login-throttled"));
    EXPECT_EQ(stillThrottled.header("retry-after"), QByteArray("2"));

    // Past the delay a wrong password counts again, and the next delay doubles.
    data().clock.advanceMs(1500);
    EXPECT_TRUE(isProblem(login(db, QStringLiteral("alice"), QStringLiteral("wrong")), 401,
                          "bad-credentials"));
    const Reply doubled = login(db, QStringLiteral("alice"), kAlicePassword);
    ASSERT_TRUE(isProblem(doubled, 429, "login-throttled"));
    EXPECT_EQ(doubled.header("retry-after"), QByteArray("8"));

    data().clock.advanceSeconds(8);
    EXPECT_EQ(login(db, QStringLiteral("alice"), kAlicePassword).status, 200);
    // Success clears the count: the free attempts are back.
    EXPECT_EQ(findUser(store(), alice)->failedLogins, 0);
    EXPECT_TRUE(isProblem(login(db, QStringLiteral("alice"), QStringLiteral("wrong")), 401,
                          "bad-credentials"));
    EXPECT_EQ(login(db, QStringLiteral("alice"), kAlicePassword).status, 200);
}

TEST_F(Login, ThrottlingIsPerUser) {
    data().addUser(QStringLiteral("bob"), kBobPassword);
    for (int i = 0; i < 3; ++i)
        login(db, QStringLiteral("alice"), QStringLiteral("wrong"));
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("alice"), kAlicePassword), 429, "login-throttled"));
    EXPECT_EQ(login(db, QStringLiteral("bob"), kBobPassword).status, 200);
}

TEST_F(Login, FreeLoginAttemptsSettingIsHonoured) {
    setSetting(setting::kFreeLoginAttempts, QStringLiteral("1"));
    EXPECT_TRUE(isProblem(login(db, QStringLiteral("alice"), QStringLiteral("wrong")), 401,
                          "bad-credentials"));
    const Reply reply = login(db, QStringLiteral("alice"), QStringLiteral("wrong"));
    EXPECT_TRUE(isProblem(reply, 429, "login-throttled"));
    EXPECT_EQ(reply.header("retry-after"), QByteArray("1"));
}

} // namespace
