// PUT and DELETE /api/v1/device/key (docs/api.md "Device keys"), and what happens to the keys
// when the device is revoked or its user's credentials change.
#include "server/auth/devices.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "server/store/sql.h"
#include "tests/server/http/device_login_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class DeviceKeys : public DeviceLoginTest {
protected:
    qint64 keyCount() {
        return queryValue(store(), QStringLiteral("SELECT count(*) FROM device_keys")).toLongLong();
    }
};

struct KeyCase {
    const char *what;
    QJsonObject body;
    int status;
    const char *code;
    const char *field;
};

QString base64(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject keyBody(const QString &publicKey, const QString &algorithm = QStringLiteral("ES256")) {
    return {{QStringLiteral("algorithm"), algorithm}, {QStringLiteral("publicKey"), publicKey}};
}

TEST_F(DeviceKeys, OnlyAValidP256KeyIsTaken) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    const TestKey key;
    QByteArray offCurve = key.spki();
    offCurve[offCurve.size() - 1] = static_cast<char>(offCurve.back() ^ 0x01); // y changed
    QByteArray truncated = key.spki();
    truncated.chop(1);
    const QString good = base64(key.spki());
    QString unpadded = good;
    while (unpadded.endsWith(QLatin1Char('=')))
        unpadded.chop(1);
    const KeyCase cases[] = {
        {"a P-256 key", keyBody(good), 204, nullptr, nullptr},
        {"its point compressed", keyBody(base64(key.compressedSpki())), 204, nullptr, nullptr},
        {"a P-384 key", keyBody(base64(TestKey("P-384").spki())), 400, "invalid-request",
         "publicKey"},
        {"an Ed25519 key", keyBody(base64(TestKey("ED25519").spki())), 400, "invalid-request",
         "publicKey"},
        {"a point off the curve", keyBody(base64(offCurve)), 400, "invalid-request", "publicKey"},
        {"a byte short", keyBody(base64(truncated)), 400, "invalid-request", "publicKey"},
        {"a byte after it", keyBody(base64(key.spki() + '\0')), 400, "invalid-request",
         "publicKey"},
        {"no DER at all", keyBody(base64("not a key")), 400, "invalid-request", "publicKey"},
        {"base64url", keyBody(QStringLiteral("-_8=")), 400, "invalid-request", "publicKey"},
        {"base64 without its padding", keyBody(unpadded), 400, "invalid-request", "publicKey"},
        {"not base64", keyBody(QStringLiteral("%%%")), 400, "invalid-request", "publicKey"},
        {"an empty key", keyBody(QString()), 400, "invalid-request", "publicKey"},
        {"no key",
         {{QStringLiteral("algorithm"), QStringLiteral("ES256")}},
         400,
         "invalid-request",
         "publicKey"},
        {"another algorithm", keyBody(good, QStringLiteral("RS256")), 400, "invalid-request",
         "algorithm"},
        {"no algorithm",
         {{QStringLiteral("publicKey"), good}},
         400,
         "invalid-request",
         "algorithm"},
    };
    for (const KeyCase &c : cases) {
        SCOPED_TRACE(c.what);
        const Reply reply = client.put(QStringLiteral("/api/v1/device/key"), c.body, tokens.access);
        if (c.status == 204) {
            EXPECT_EQ(reply.status, 204) << reply.body.toStdString();
            EXPECT_TRUE(reply.body.isEmpty());
        } else {
            ASSERT_TRUE(isProblem(reply, c.status, c.code));
            EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(),
                      QLatin1String(c.field));
        }
    }
    // Refusals left the last good key in place: the compressed form of the same key.
    EXPECT_EQ(keyCount(), 1);
    EXPECT_EQ(loginWithKey(key).status, 200);
}

TEST_F(DeviceKeys, ANewKeyReplacesTheDevicesKey) {
    const TestKey first;
    const TestKey second;
    const Tokens tokens = enroll(first);
    ASSERT_TRUE(tokens.ok());
    ASSERT_EQ(putKey(tokens.access, second.spki()).status, 204);
    EXPECT_EQ(keyCount(), 1);
    EXPECT_TRUE(isProblem(loginWithKey(first), 401, "device-signature-invalid"));
    EXPECT_EQ(loginWithKey(second).status, 200);
}

TEST_F(DeviceKeys, KeysArePerDatabaseUserAndDevice) {
    const qint64 other = data().addDatabase(QStringLiteral("Other"));
    data().addUser(QStringLiteral("bob"), kBobPassword);
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    EXPECT_EQ(challenge(QStringLiteral("alice"), QStringLiteral("phone-1")).status, 200);
    EXPECT_TRUE(isProblem(challenge(QStringLiteral("alice"), QStringLiteral("phone-1"), other), 401,
                          "device-key-unknown"));
    EXPECT_TRUE(isProblem(challenge(QStringLiteral("alice"), QStringLiteral("phone-2")), 401,
                          "device-key-unknown"));
    // Bob's device of the same id is another device.
    ASSERT_TRUE(loginAs(QStringLiteral("bob"), kBobPassword, QStringLiteral("phone-1")).ok());
    EXPECT_TRUE(isProblem(challenge(QStringLiteral("bob"), QStringLiteral("phone-1")), 401,
                          "device-key-unknown"));

    // A key for the other database is a second key of the device.
    const Tokens there =
        loginAs(QStringLiteral("alice"), kAlicePassword, QStringLiteral("phone-1"), other);
    ASSERT_TRUE(there.ok());
    ASSERT_EQ(putKey(there.access, TestKey().spki()).status, 204);
    EXPECT_EQ(keyCount(), 2);
    EXPECT_EQ(challenge(QStringLiteral("alice"), QStringLiteral("phone-1"), other).status, 200);
}

TEST_F(DeviceKeys, DeletingTheKeyIsIdempotent) {
    const TestKey key;
    const Tokens tokens = enroll(key);
    ASSERT_TRUE(tokens.ok());
    const QString pending = challengeText();
    for (int i = 0; i < 2; ++i) {
        const Reply reply = deleteKey(tokens.access);
        EXPECT_EQ(reply.status, 204) << "delete " << i << ": " << reply.body.toStdString();
    }
    EXPECT_EQ(keyCount(), 0);
    EXPECT_TRUE(isProblem(challenge(), 401, "device-key-unknown"));
    // A challenge issued before has no key to be checked against any more.
    EXPECT_TRUE(isProblem(
        deviceLogin(loginBody(pending, key.sign(signedMessage(pending, db, QStringLiteral("alice"),
                                                              QStringLiteral("phone-1"))))),
        401, "device-key-unknown"));
}

TEST_F(DeviceKeys, BothNeedASession) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    EXPECT_TRUE(isProblem(putKey(QString(), TestKey().spki()), 401, "auth-required"));
    EXPECT_TRUE(isProblem(deleteKey(QString()), 401, "auth-required"));
    EXPECT_TRUE(isProblem(putKey(QStringLiteral("nope"), TestKey().spki()), 401, "token-invalid"));
    // The session is checked before the body is read.
    EXPECT_TRUE(isProblem(client.put(QStringLiteral("/api/v1/device/key"), {}, QString()), 401,
                          "auth-required"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/device/key"), tokens.access), 405,
                          "method-not-allowed"));
    EXPECT_EQ(keyCount(), 0);
}

TEST_F(DeviceKeys, RegistrationIsTakenWhileDeviceLoginIsOff) {
    // So that a device is ready when the administrator turns it on.
    setSetting(setting::kDeviceLogin, QStringLiteral("none"));
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    EXPECT_TRUE(isProblem(challenge(), 403, "device-login-disabled"));
    setSetting(setting::kDeviceLogin, QStringLiteral("both"));
    EXPECT_EQ(loginWithKey(key).status, 200);
}

TEST_F(DeviceKeys, RevokingTheDeviceDeletesItsKeysForGood) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    ASSERT_TRUE(enroll(TestKey(), QStringLiteral("phone-2")).ok());
    const QString pending = challengeText();
    ASSERT_EQ(setDeviceActive(store(), QStringLiteral("phone-1"), QStringLiteral("alice"), false,
                              data().clock.nowMs()),
              1);
    EXPECT_EQ(keyCount(), 1) << "the other device keeps its key";

    // The device learns of the revocation from a password login, which says nothing more than
    // device-key-unknown to whoever holds neither key nor password.
    EXPECT_TRUE(isProblem(challenge(), 401, "device-key-unknown"));
    EXPECT_TRUE(isProblem(
        deviceLogin(loginBody(pending, key.sign(signedMessage(pending, db, QStringLiteral("alice"),
                                                              QStringLiteral("phone-1"))))),
        401, "device-key-unknown"));
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("alice"), kAlicePassword), 403, "device-revoked"));

    // Activated again, the device logs in with the password and registers anew.
    setDeviceActive(store(), QStringLiteral("phone-1"), QStringLiteral("alice"), true,
                    data().clock.nowMs());
    EXPECT_TRUE(isProblem(challenge(), 401, "device-key-unknown"));
    const TestKey fresh;
    ASSERT_TRUE(enroll(fresh).ok());
    EXPECT_EQ(loginWithKey(fresh).status, 200);
}

TEST_F(DeviceKeys, ARevokedDeviceCannotRegisterOrUseAKeyLeftBehind) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    const DeviceRow device = listDevices(store()).first();
    setDeviceActive(store(), QStringLiteral("phone-1"), QStringLiteral("alice"), false,
                    data().clock.nowMs());
    const Reply refused = putKey(tokens.access, TestKey().spki());
    ASSERT_TRUE(isProblem(refused, 403, "device-revoked"));
    EXPECT_EQ(keyCount(), 0);

    // A key that outlived the revocation (written here by hand: a registration racing it) still
    // opens nothing.
    run(store(),
        QStringLiteral("INSERT INTO device_keys(database_id, device, algorithm, public_key, "
                       "created_at) VALUES(?, ?, 'ES256', ?, 0)"),
        {db, device.rowId, TestKey().spki()});
    const Reply revoked = challenge();
    ASSERT_TRUE(isProblem(revoked, 403, "device-revoked"));
    EXPECT_FALSE(
        revoked.json()[QStringLiteral("policy")][QStringLiteral("deviceActive")].toBool(true));
}

TEST_F(DeviceKeys, ACredentialChangeDeletesTheUsersKeys) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    revokeUserSessions(store(), alice, QStringLiteral("password-changed"));
    EXPECT_EQ(keyCount(), 0);
    EXPECT_TRUE(isProblem(challenge(), 401, "device-key-unknown"));
}

TEST_F(DeviceKeys, ThePolicyCarriesBiometricUnlockAndDeviceLogin) {
    setSetting(setting::kDeviceLogin, QStringLiteral("none"));
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    const QJsonObject granted = tokens.grant.value(QStringLiteral("policy")).toObject();
    EXPECT_EQ(granted.value(QStringLiteral("biometricUnlockAllowed")), QJsonValue(true));
    EXPECT_EQ(granted.value(QStringLiteral("deviceLogin")), QJsonValue(QStringLiteral("none")));

    setSetting(setting::kBiometricUnlock, QStringLiteral("off"));
    for (const char *mode : {"password", "second-factor", "both", "none"}) {
        SCOPED_TRACE(mode);
        setSetting(setting::kDeviceLogin, QString::fromLatin1(mode));
        const Reply reply = client.get(QStringLiteral("/api/v1/session"), tokens.access);
        ASSERT_EQ(reply.status, 200);
        const QJsonObject policy = reply.json().value(QStringLiteral("policy")).toObject();
        EXPECT_EQ(policy.value(QStringLiteral("biometricUnlockAllowed")), QJsonValue(false));
        EXPECT_EQ(policy.value(QStringLiteral("deviceLogin")).toString(),
                  QString::fromLatin1(mode));
    }
}

} // namespace
