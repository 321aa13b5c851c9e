// POST /api/v1/auth/device-login (docs/api.md "Device-key login"): what the signature stands in
// for under each setting, the challenge's single use and lifetime, signatures that must not
// verify, throttling and the order of the checks.
#include "server/crypto/totp.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "tests/server/http/device_login_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

constexpr QLatin1String kCarolPassword{"carol-secret"};

class DeviceLogin : public DeviceLoginTest {
protected:
    // A challenge for alice's phone-1 and its documented message.
    struct Pending {
        QString challenge;
        QByteArray message;
    };
    Pending pending(const QString &user = QStringLiteral("alice")) {
        const QString text = challengeText(user);
        return {text, signedMessage(text, db, user, QStringLiteral("phone-1"))};
    }

    Reply answerCode(const QJsonValue &transaction, const QByteArray &secret) {
        return client.post(QStringLiteral("/api/v1/auth/mfa"),
                           {{QStringLiteral("transaction"), transaction},
                            {QStringLiteral("method"), QStringLiteral("totp")},
                            {QStringLiteral("response"),
                             QJsonObject{{QStringLiteral("code"),
                                          totpCode(secret, totpStep(data().clock.nowMs()))}}}});
    }

    // A user with TOTP logs in on phone-1 with the password and the code, and registers the key.
    void enrollWithCode(const TestKey &key, const QString &user, const QString &password,
                        const QByteArray &secret) {
        const Reply started = login(db, user, password);
        ASSERT_TRUE(isProblem(started, 401, "mfa-required"));
        const Reply done = answerCode(started.json()[QStringLiteral("transaction")], secret);
        ASSERT_EQ(done.status, 200) << done.body.toStdString();
        ASSERT_EQ(putKey(done.json()[QStringLiteral("accessToken")].toString(), key.spki()).status,
                  204);
        data().clock.advanceSeconds(30); // the code is spent; the next is another
    }
};

TEST_F(DeviceLogin, BothGrantsANewSessionForTheDeviceAsAPasswordLoginWould) {
    const TestKey key;
    const Tokens first = enroll(key);
    ASSERT_TRUE(first.ok());
    data().clock.advanceSeconds(86401); // the first session timed out
    const Reply reply = loginWithKey(key);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject grant = reply.json();
    EXPECT_EQ(grant.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    const QString access = grant.value(QStringLiteral("accessToken")).toString();
    EXPECT_NE(access, first.access);
    EXPECT_FALSE(grant.value(QStringLiteral("refreshToken")).toString().isEmpty());
    const QJsonObject session = grant.value(QStringLiteral("session")).toObject();
    EXPECT_EQ(session[QStringLiteral("user")][QStringLiteral("name")].toString(),
              QStringLiteral("alice"));
    EXPECT_EQ(session[QStringLiteral("database")][QStringLiteral("id")].toInteger(), db);
    EXPECT_EQ(session[QStringLiteral("device")][QStringLiteral("id")].toString(),
              QStringLiteral("phone-1"));
    EXPECT_EQ(session[QStringLiteral("device")][QStringLiteral("name")].toString(),
              QStringLiteral("Pixel"));
    EXPECT_EQ(grant[QStringLiteral("policy")][QStringLiteral("deviceLogin")].toString(),
              QStringLiteral("both"));
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), access).status, 200);
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), first.access).status, 401);
    const Reply refreshed = refresh(grant.value(QStringLiteral("refreshToken")).toString());
    EXPECT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
}

struct ModeCase {
    const char *mode;
    const char *user;     // alice has no second factor, carol has TOTP
    const char *password; // sent with the signature; null: none
    int status;
    const char *code;  // of a refusal
    const char *field; // of an invalid-request
};

void PrintTo(const ModeCase &c, std::ostream *os) {
    *os << c.mode << ", " << c.user << ", password " << (c.password ? c.password : "(none)");
}

class DeviceLoginModes : public DeviceLogin, public ::testing::WithParamInterface<ModeCase> {};

TEST_P(DeviceLoginModes, TheSignatureStandsInForWhatTheSettingSays) {
    const ModeCase c = GetParam();
    const QString user = QString::fromLatin1(c.user);
    const TestKey key;
    if (user == QLatin1String("carol")) {
        const qint64 carol = data().addUser(user, kCarolPassword);
        ASSERT_NO_FATAL_FAILURE(
            enrollWithCode(key, user, kCarolPassword, enableTotp(store(), data().random, carol)));
    } else {
        ASSERT_TRUE(enroll(key).ok());
    }
    setSetting(setting::kDeviceLogin, QString::fromLatin1(c.mode));

    const Reply reply = loginWithKey(key, user, QStringLiteral("phone-1"),
                                     c.password ? QString::fromLatin1(c.password) : QString());
    if (c.status == 200) {
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        EXPECT_EQ(client
                      .get(QStringLiteral("/api/v1/session"),
                           reply.json()[QStringLiteral("accessToken")].toString())
                      .status,
                  200);
        return;
    }
    ASSERT_TRUE(isProblem(reply, c.status, c.code));
    if (c.field) {
        EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(), QLatin1String(c.field));
    }
    EXPECT_TRUE(reply.json().value(QStringLiteral("accessToken")).isUndefined());
}

INSTANTIATE_TEST_SUITE_P(
    Table, DeviceLoginModes,
    ::testing::Values(ModeCase{"both", "alice", nullptr, 200, nullptr, nullptr},
                      ModeCase{"both", "carol", nullptr, 200, nullptr, nullptr},
                      // A password sent where none is needed is not looked at.
                      ModeCase{"both", "alice", "wrong", 200, nullptr, nullptr},
                      ModeCase{"password", "alice", nullptr, 200, nullptr, nullptr},
                      ModeCase{"password", "carol", nullptr, 401, "mfa-required", nullptr},
                      ModeCase{"second-factor", "alice", "alice-secret", 200, nullptr, nullptr},
                      ModeCase{"second-factor", "carol", "carol-secret", 200, nullptr, nullptr},
                      ModeCase{"second-factor", "carol", "wrong", 401, "bad-credentials", nullptr},
                      ModeCase{"second-factor", "alice", nullptr, 400, "invalid-request",
                               "password"}));

TEST_F(DeviceLogin, InPasswordModeATotpUserAnswersTheCodeThroughMfa) {
    const QByteArray secret = enableTotp(store(), data().random, alice);
    const TestKey key;
    ASSERT_NO_FATAL_FAILURE(enrollWithCode(key, QStringLiteral("alice"), kAlicePassword, secret));
    setSetting(setting::kDeviceLogin, QStringLiteral("password"));

    const Reply asked = loginWithKey(key);
    ASSERT_TRUE(isProblem(asked, 401, "mfa-required"));
    const QJsonObject challenge = asked.json();
    EXPECT_EQ(challenge[QStringLiteral("methods")][0][QStringLiteral("type")].toString(),
              QStringLiteral("totp"));
    const Reply granted = answerCode(challenge.value(QStringLiteral("transaction")), secret);
    ASSERT_EQ(granted.status, 200) << granted.body.toStdString();
    EXPECT_EQ(
        granted.json()[QStringLiteral("session")][QStringLiteral("device")][QStringLiteral("id")]
            .toString(),
        QStringLiteral("phone-1"));
}

TEST_F(DeviceLogin, AChallengeWorksOnceAndIsToldApartAfterwards) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    const Pending p = pending();
    const QJsonObject body = loginBody(p.challenge, key.sign(p.message));
    ASSERT_EQ(deviceLogin(body).status, 200);
    EXPECT_TRUE(isProblem(deviceLogin(body), 401, "device-challenge-used"));
    // Used stays used past its expiry, for a day.
    data().clock.advanceSeconds(3600);
    EXPECT_TRUE(isProblem(deviceLogin(body), 401, "device-challenge-used"));
    data().clock.advanceSeconds(86400);
    ASSERT_FALSE(challengeText().isEmpty()); // a new challenge forgets the old ones
    EXPECT_TRUE(isProblem(deviceLogin(body), 401, "device-challenge-unknown"));
}

TEST_F(DeviceLogin, AChallengeExpires) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    const Pending late = pending();
    data().clock.advanceSeconds(60);
    EXPECT_TRUE(isProblem(deviceLogin(loginBody(late.challenge, key.sign(late.message))), 401,
                          "device-challenge-expired"));

    setSetting(setting::kDeviceChallengeSeconds, QStringLiteral("120"));
    const Pending slow = pending();
    data().clock.advanceSeconds(119);
    EXPECT_EQ(deviceLogin(loginBody(slow.challenge, key.sign(slow.message))).status, 200);
}

TEST_F(DeviceLogin, AChallengeNeverIssuedIsUnknown) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    const QString made = QStringLiteral("0KqsF-eezUDTS_P0pJbc1ZXuOxW-8ghF6MfUl5msxJE");
    EXPECT_TRUE(isProblem(
        deviceLogin(loginBody(made, key.sign(signedMessage(made, db, QStringLiteral("alice"),
                                                           QStringLiteral("phone-1"))))),
        401, "device-challenge-unknown"));
}

struct SignatureCase {
    const char *what;
    std::function<QByteArray(const QString &challenge)> signature;
};

TEST_F(DeviceLogin, OnlyTheDocumentedMessageSignedWithTheDevicesKeyIsTaken) {
    const TestKey key;
    const TestKey otherKey;
    ASSERT_TRUE(enroll(key).ok());
    const QString user = QStringLiteral("alice");
    const QString phone = QStringLiteral("phone-1");
    const auto sign = [&](const QByteArray &message) { return key.sign(message); };
    const SignatureCase cases[] = {
        {"another key",
         [&](const QString &c) { return otherKey.sign(signedMessage(c, db, user, phone)); }},
        {"another challenge",
         [&](const QString &) {
             return sign(signedMessage(QStringLiteral("AAAA"), db, user, phone));
         }},
        {"another database",
         [&](const QString &c) { return sign(signedMessage(c, db + 1, user, phone)); }},
        {"the user name in other case",
         [&](const QString &c) {
             return sign(signedMessage(c, db, QStringLiteral("Alice"), phone));
         }},
        {"another device id",
         [&](const QString &c) {
             return sign(signedMessage(c, db, user, QStringLiteral("phone-2")));
         }},
        {"another version",
         [&](const QString &c) {
             return sign(signedMessage(c, db, user, phone).replace("-v1", "-v2"));
         }},
        {"a newline after it",
         [&](const QString &c) { return sign(signedMessage(c, db, user, phone) + '\n'); }},
        {"CR LF between the lines",
         [&](const QString &c) {
             return sign(signedMessage(c, db, user, phone).replace("\n", "\r\n"));
         }},
        {"the challenge alone", [&](const QString &c) { return sign(c.toUtf8()); }},
        {"bytes that are no signature",
         [&](const QString &) { return QByteArray("not a signature, just bytes"); }},
        {"a signature cut short",
         [&](const QString &c) { return sign(signedMessage(c, db, user, phone)).chopped(1); }},
        {"a byte of it changed",
         [&](const QString &c) {
             QByteArray signature = sign(signedMessage(c, db, user, phone));
             signature[signature.size() - 1] = static_cast<char>(signature.back() ^ 0x01);
             return signature;
         }},
    };
    for (const SignatureCase &c : cases) {
        SCOPED_TRACE(c.what);
        const QString text = challengeText();
        const QJsonObject body = loginBody(text, c.signature(text));
        EXPECT_TRUE(isProblem(deviceLogin(body), 401, "device-signature-invalid"));
        // The challenge is spent either way.
        EXPECT_TRUE(isProblem(deviceLogin(body), 401, "device-challenge-used"));
        // Failures count: wait each one out.
        data().clock.advanceSeconds(3600);
    }
    EXPECT_EQ(loginWithKey(key).status, 200);
}

TEST_F(DeviceLogin, TheUserNameIsSignedExactlyAsSentForTheChallenge) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    const Reply reply = loginWithKey(key, QStringLiteral(" ALICE"));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(
        reply.json()[QStringLiteral("session")][QStringLiteral("user")][QStringLiteral("name")]
            .toString(),
        QStringLiteral("alice"));
}

TEST_F(DeviceLogin, TheBodyNamesTheDeviceOfTheChallenge) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    const Pending p = pending();
    const Reply other =
        deviceLogin(loginBody(p.challenge, key.sign(p.message), QStringLiteral("phone-2")));
    ASSERT_TRUE(isProblem(other, 400, "invalid-request"));
    EXPECT_EQ(other.json().value(QStringLiteral("field")).toString(), QStringLiteral("device"));
    // That mistake did not spend the challenge.
    EXPECT_EQ(deviceLogin(loginBody(p.challenge, key.sign(p.message))).status, 200);
}

TEST_F(DeviceLogin, MalformedBodiesAreInvalid) {
    const TestKey key;
    ASSERT_TRUE(enroll(key).ok());
    const Pending p = pending();
    const QJsonObject good = loginBody(p.challenge, key.sign(p.message));
    const auto without = [&](const char *member) {
        QJsonObject body = good;
        body.remove(QLatin1String(member));
        return body;
    };
    const auto with = [&](const char *member, const QJsonValue &value) {
        QJsonObject body = good;
        body.insert(QLatin1String(member), value);
        return body;
    };
    const std::pair<QJsonObject, const char *> cases[] = {
        {without("challenge"), "challenge"},
        {without("signature"), "signature"},
        {with("signature", QStringLiteral("not base64!")), "signature"},
        // A good signature's text with a stray character: whatever the signature's length (DER
        // signatures vary), never base64. (A letter appended could make valid base64 of another
        // signature a third of the time.)
        {with("signature",
              QString::fromLatin1(key.sign(p.message).toBase64()) + QStringLiteral("#")),
         "signature"},
        {without("device"), "device"},
        {with("device", QJsonObject{{QStringLiteral("id"), QString(129, QLatin1Char('x'))}}),
         "device"},
        {with("password", 42), "password"},
    };
    for (const auto &[body, field] : cases) {
        SCOPED_TRACE(field);
        const Reply reply = deviceLogin(body);
        ASSERT_TRUE(isProblem(reply, 400, "invalid-request"));
        EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(), QLatin1String(field));
    }
    // None of them reached the challenge.
    EXPECT_EQ(deviceLogin(good).status, 200);
}

TEST_F(DeviceLogin, BadSignaturesAreThrottledLikeWrongPasswords) {
    setSetting(setting::kThrottleBaseMs, QStringLiteral("4000"));
    const TestKey key;
    const TestKey thief;
    ASSERT_TRUE(enroll(key).ok());
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(isProblem(loginWithKey(thief), 401, "device-signature-invalid"))
            << "attempt " << i;
    EXPECT_EQ(findUser(store(), alice)->failedLogins, 3);

    // Even the right key waits out the delay, and so does the password; the challenge asked
    // for meanwhile is refused too.
    EXPECT_TRUE(isProblem(challenge(), 429, "login-throttled"));
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("alice"), kAlicePassword), 429, "login-throttled"));
    data().clock.advanceSeconds(4);
    const Pending p = pending();
    EXPECT_TRUE(isProblem(deviceLogin(loginBody(p.challenge, thief.sign(p.message))), 401,
                          "device-signature-invalid"));
    data().clock.advanceSeconds(8);
    // Wrong passwords and bad signatures count together: the delay doubles again.
    const Pending last = pending();
    login(db, QStringLiteral("alice"), QStringLiteral("wrong"));
    const Reply throttled = deviceLogin(loginBody(last.challenge, key.sign(last.message)));
    ASSERT_TRUE(isProblem(throttled, 429, "login-throttled"));
    EXPECT_EQ(throttled.header("retry-after"), QByteArray("16"));

    data().clock.advanceSeconds(16);
    ASSERT_EQ(loginWithKey(key).status, 200);
    EXPECT_EQ(findUser(store(), alice)->failedLogins, 0) << "a success clears the count";
}

TEST_F(DeviceLogin, ChecksComeInTheDocumentedOrder) {
    const TestKey key;
    const TestKey thief;
    ASSERT_TRUE(enroll(key).ok());

    // The switch before the challenge: a challenge refused so is not spent.
    const Pending p = pending();
    setSetting(setting::kDeviceLogin, QStringLiteral("none"));
    EXPECT_TRUE(isProblem(deviceLogin(loginBody(p.challenge, key.sign(p.message))), 403,
                          "device-login-disabled"));
    EXPECT_TRUE(isProblem(deviceLogin(loginBody(QStringLiteral("never-issued"), "x")), 403,
                          "device-login-disabled"));
    setSetting(setting::kDeviceLogin, QStringLiteral("both"));

    // The signature before the database's and the user's mobile sync.
    setMobileSync(store(), db, false);
    setRights(store(), alice, {false, true, true});
    EXPECT_TRUE(isProblem(deviceLogin(loginBody(p.challenge, thief.sign(p.message))), 401,
                          "device-signature-invalid"));
    data().clock.advanceSeconds(3600);
    const Reply noSync = loginWithKey(key);
    ASSERT_TRUE(isProblem(noSync, 403, "mobile-sync-disabled"));
    EXPECT_FALSE(
        noSync.json()[QStringLiteral("policy")][QStringLiteral("mobileSyncAllowed")].toBool(true));
    setMobileSync(store(), db, true);
    EXPECT_TRUE(isProblem(loginWithKey(key), 403, "mobile-right-missing"));
    setRights(store(), alice, {true, true, true});

    // The password (second-factor) after the signature: a thief learns nothing of it.
    setSetting(setting::kDeviceLogin, QStringLiteral("second-factor"));
    const Pending q = pending();
    EXPECT_TRUE(isProblem(deviceLogin(loginBody(q.challenge, thief.sign(q.message),
                                                QStringLiteral("phone-1"), kAlicePassword)),
                          401, "device-signature-invalid"));
    data().clock.advanceSeconds(3600);
    EXPECT_EQ(loginWithKey(key, QStringLiteral("alice"), QStringLiteral("phone-1"), kAlicePassword)
                  .status,
              200);
}

} // namespace
