// POST /api/v1/auth/device-challenge (docs/api.md "Device-key login").
#include "server/common/timefmt.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "tests/server/http/device_login_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class DeviceChallenge : public DeviceLoginTest {};

TEST_F(DeviceChallenge, IsThirtyTwoRandomBytesForAMinuteAndSaysWhatTheKeyReplaces) {
    ASSERT_TRUE(enroll(TestKey()).ok());
    for (const char *mode : {"both", "password", "second-factor"}) {
        SCOPED_TRACE(mode);
        setSetting(setting::kDeviceLogin, QString::fromLatin1(mode));
        const qint64 now = data().clock.nowMs();
        const Reply reply = challenge();
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonObject body = reply.json();
        const QString text = body.value(QStringLiteral("challenge")).toString();
        EXPECT_EQ(text.size(), 43);
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                 QByteArray::AbortOnBase64DecodingErrors);
        ASSERT_TRUE(decoded);
        EXPECT_EQ(decoded.decoded.size(), 32);
        EXPECT_EQ(body.value(QStringLiteral("expiresAt")).toString(), isoTime(now + 60'000));
        EXPECT_EQ(body.value(QStringLiteral("replaces")).toString(), QString::fromLatin1(mode));
    }
    EXPECT_NE(challengeText(), challengeText());

    setSetting(setting::kDeviceChallengeSeconds, QStringLiteral("90"));
    EXPECT_EQ(challenge().json().value(QStringLiteral("expiresAt")).toString(),
              isoTime(data().clock.nowMs() + 90'000));
}

struct ChallengeCase {
    const char *what;
    QJsonObject body;
    int status;
    const char *code;
    const char *field;
};

TEST_F(DeviceChallenge, RefusalsSayNoMoreThanALoginWould) {
    ASSERT_TRUE(enroll(TestKey()).ok());
    ASSERT_TRUE(loginAlice(QStringLiteral("keyless-phone")).ok());
    data().addUser(QStringLiteral("bob"), kBobPassword);
    const auto body = [&](const QJsonValue &database, const QJsonValue &user,
                          const QJsonValue &device) {
        QJsonObject out;
        for (const auto &[key, value] :
             {std::pair{"database", database}, std::pair{"username", user},
              std::pair{"deviceId", device}})
            if (!value.isNull())
                out.insert(QLatin1String(key), value);
        return out;
    };
    const QString name = QStringLiteral("alice");
    const QString phone = QStringLiteral("phone-1");
    const ChallengeCase cases[] = {
        {"no database", body({}, name, phone), 400, "invalid-request", "database"},
        {"a database id as text", body(QString::number(db), name, phone), 400, "invalid-request",
         "database"},
        {"no user name", body(db, {}, phone), 400, "invalid-request", "username"},
        {"no device id", body(db, name, {}), 400, "invalid-request", "deviceId"},
        {"a device id of 129 characters", body(db, name, QString(129, QLatin1Char('d'))), 400,
         "invalid-request", "deviceId"},
        {"an unknown database", body(db + 7, name, phone), 404, "database-unknown", nullptr},
        {"a user name nobody has", body(db, QStringLiteral("ghost"), phone), 401,
         "device-key-unknown", nullptr},
        {"a user without keys", body(db, QStringLiteral("bob"), phone), 401, "device-key-unknown",
         nullptr},
        {"a device never seen", body(db, name, QStringLiteral("phone-9")), 401,
         "device-key-unknown", nullptr},
        {"a device without a key", body(db, name, QStringLiteral("keyless-phone")), 401,
         "device-key-unknown", nullptr},
    };
    for (const ChallengeCase &c : cases) {
        SCOPED_TRACE(c.what);
        // Each refusal counts for throttling; start every row afresh.
        data().clock.advanceSeconds(3600);
        const Reply reply = client.post(QStringLiteral("/api/v1/auth/device-challenge"), c.body);
        ASSERT_TRUE(isProblem(reply, c.status, c.code));
        if (c.field) {
            EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(),
                      QLatin1String(c.field));
        }
        EXPECT_TRUE(reply.json().value(QStringLiteral("challenge")).isUndefined());
    }
    EXPECT_EQ(challenge(QStringLiteral("  ALICE ")).status, 200) << "names match as at login";
}

TEST_F(DeviceChallenge, SwitchedOffIsRefusedBeforeAnyKeyIsLookedAt) {
    ASSERT_TRUE(enroll(TestKey()).ok());
    setSetting(setting::kDeviceLogin, QStringLiteral("none"));
    EXPECT_TRUE(isProblem(challenge(), 403, "device-login-disabled"));
    EXPECT_TRUE(isProblem(challenge(QStringLiteral("ghost")), 403, "device-login-disabled"));
    // The database comes first, as at login.
    EXPECT_TRUE(isProblem(challenge(QStringLiteral("alice"), QStringLiteral("phone-1"), db + 7),
                          404, "database-unknown"));
    EXPECT_EQ(findUser(store(), alice)->failedLogins, 0) << "refusals of the switch count nothing";
}

TEST_F(DeviceChallenge, AChallengeWithoutAKeyIsAFailedLoginAndThrottledLikeOne) {
    setSetting(setting::kThrottleBaseMs, QStringLiteral("4000"));
    ASSERT_TRUE(enroll(TestKey()).ok());
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(isProblem(challenge(QStringLiteral("alice"), QStringLiteral("stolen-id")), 401,
                              "device-key-unknown"))
            << "attempt " << i;
    // Throttled now, for the device with a key too, and for the password.
    const Reply throttled = challenge();
    ASSERT_TRUE(isProblem(throttled, 429, "login-throttled"));
    EXPECT_EQ(throttled.header("retry-after"), QByteArray("4"));
    EXPECT_EQ(throttled.json().value(QStringLiteral("retryAfterSeconds")).toInteger(), 4);
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("alice"), kAlicePassword), 429, "login-throttled"));
    data().clock.advanceSeconds(4);
    EXPECT_EQ(challenge().status, 200);

    // Names that do not exist are counted and throttled the same way.
    for (int i = 0; i < 3; ++i)
        challenge(QStringLiteral("ghost"));
    EXPECT_TRUE(isProblem(challenge(QStringLiteral("ghost")), 429, "login-throttled"));
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("ghost"), QStringLiteral("x")), 429, "login-throttled"));
}

} // namespace
