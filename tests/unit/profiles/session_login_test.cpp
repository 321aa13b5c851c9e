// Signing in again when the server's session has ended (logIn, through ProfileService::sync):
// the password, the device key behind biometrics, or both, as the server's policy and the user's
// answers make it, against the in-memory Web Application that checks signatures as the real one.
#include "src/base/message_catalog.h"
#include "src/crypto/ec_signing.h"
#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "tests/unit/support/fake_environment.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <vector>

namespace vaultlink::testing {
namespace {

enum class Answer { Sign, Decline, TurnOff, WrongKey, NoSigner };

struct Case {
    const char *name;
    const char *mode; // the server's device-login setting
    QString otp;      // the code the user gives when asked (empty: none)
    // What comes of it: the failure's code (empty: the sync succeeds)
    QString failure;
    Answer answer;
    int signatures; // prompts the signer answered
    int codesAsked;
    bool totp;     // the user has a second factor
    bool password; // typed (a password unlock), or not (a biometric unlock)
    bool byDeviceKey;
};

// One linked profile for every case (a link costs a KDF run): each case starts from its key
// registered and the server's session ended.
class SessionLoginTest : public ::testing::Test {
protected:
    SessionLoginTest()
        : service(dir.path(), environment.environment()) {
        server.addRecord(QStringLiteral("Site"));
        service.link({QUrl(QStringLiteral("https://vault.example")),
                      QString(),
                      0,
                      QStringLiteral("demo"),
                      QStringLiteral("alice"),
                      {}},
                     QStringLiteral("work"), password(), OtpPrompt{});
        profile = *service.find(QStringLiteral("work"));
        BiometricWrap wrap;
        wrap.alias = biometricAlias(profile.id);
        wrap.sealed = QByteArray(60, 'x'); // never opened here: the sync only signs
        wrap.deviceKey = key.publicKey;
        wrap.enabledAt = QStringLiteral("2026-12-07T10:00:00Z");
        service.setBiometricWrap(profile.id, wrap);
        open = service.unlock(QStringLiteral("work"), password());
    }

    SecureBuffer password() const { return SecureBuffer::fromUtf8(server.password); }

    DeviceSigner signer(Answer answer) {
        if (answer == Answer::NoSigner)
            return {};
        return [this, answer](const ProfileRecord &signing, const QByteArray &message) {
            EXPECT_EQ(signing.id, profile.id);
            ++signatures;
            switch (answer) {
            case Answer::Sign:
                return DeviceSignature{*signP256(key.privateKey, message), {}, false};
            case Answer::WrongKey:
                return DeviceSignature{*signP256(generateP256().privateKey, message), {}, false};
            case Answer::Decline:
                return DeviceSignature{{}, Message(msg::BiometricCancelled), false};
            case Answer::TurnOff:
                service.setBiometricWrap(profile.id, std::nullopt);
                return DeviceSignature{{}, Message(msg::BiometricInvalidated), true};
            case Answer::NoSigner:
                break;
            }
            return DeviceSignature{};
        };
    }

    SyncOutcome syncWith(bool withPassword, Answer answer, const QString &otp) {
        const SecureBuffer typed = withPassword ? password() : SecureBuffer();
        return service.sync(*open, SignIn{typed,
                                          [this, otp](const MfaChallenge &) {
                                              ++codesAsked;
                                              return otp;
                                          },
                                          signer(answer)});
    }

    // The wrap as a sync with biometrics on leaves it: the key registered with the server.
    void registerKey() {
        BiometricWrap wrap;
        wrap.alias = biometricAlias(profile.id);
        wrap.sealed = QByteArray(60, 'x'); // never opened here: the sync only signs
        wrap.deviceKey = key.publicKey;
        wrap.deviceKeyRegistered = true;
        wrap.enabledAt = QStringLiteral("2026-12-07T10:00:00Z");
        service.setBiometricWrap(profile.id, wrap);
        server.deviceKey = key.publicKey;
    }

    bool registered() const {
        const ProfileRecord now = *service.find(QStringLiteral("work"));
        return now.biometric && now.biometric->deviceKeyRegistered;
    }

    QTemporaryDir dir;
    FakeWebApp server;
    FakeEnvironment environment{server};
    ProfileService service;
    EcKeyPair key = generateP256();
    ProfileRecord profile;
    std::unique_ptr<OpenProfile> open;
    int signatures = 0;
    int codesAsked = 0;
};

std::vector<Case> cases() {
    using A = Answer;
    const QString code = QStringLiteral("123456"); // what FakeWebApp takes
    const QString none;
    // {name, mode, code given, failure, answer, signatures, codes asked, totp, password, by key}
    return {
        // Without the password (a biometric unlock)
        {"BothNeedsNothingMore", "both", code, none, A::Sign, 1, 0, true, false, true},
        {"PasswordModeStillAsksTheCode", "password", code, none, A::Sign, 1, 1, true, false, true},
        {"PasswordModeWithoutSecondFactor", "password", code, none, A::Sign, 1, 0, false, false,
         true},
        {"PasswordModeCodeNotGiven", "password", none, QStringLiteral("mfa-required"), A::Sign, 1,
         1, true, false, false},
        {"SecondFactorModeNeedsThePassword", "second-factor", code,
         QStringLiteral("device-login-needs-password"), A::Sign, 0, 0, true, false, false},
        {"SwitchedOff", "none", code, QStringLiteral("device-login-disabled"), A::Sign, 0, 0, false,
         false, false},
        {"Declined", "both", code, QStringLiteral("biometric-cancelled"), A::Decline, 1, 0, false,
         false, false},
        {"TurnedOff", "both", code, QStringLiteral("biometric-invalidated"), A::TurnOff, 1, 0,
         false, false, false},
        {"AnotherKeySigned", "both", code, QStringLiteral("device-signature-invalid"), A::WrongKey,
         1, 0, false, false, false},
        {"NoSigner", "both", code, QStringLiteral("sign-in-needs-password"), A::NoSigner, 0, 0,
         false, false, false},
        // With the password: the key only ever stands in for the code
        {"SecondFactorModeSkipsTheCode", "second-factor", code, none, A::Sign, 1, 0, true, true,
         true},
        {"BothSkipsTheCode", "both", code, none, A::Sign, 1, 0, true, true, true},
        {"DeclinedFallsBackToTheCode", "both", code, none, A::Decline, 1, 1, true, true, false},
        {"PasswordModeGainsNothingFromTheKey", "password", code, none, A::Sign, 0, 1, true, true,
         false},
        {"SwitchedOffAsksTheCode", "none", code, none, A::Sign, 0, 1, true, true, false},
        {"RefusedKeyFallsBackToTheCode", "second-factor", code, none, A::WrongKey, 1, 1, true, true,
         false},
        {"NoSecondFactorNoPrompt", "both", code, none, A::Sign, 0, 0, false, true, false},
    };
}

TEST_F(SessionLoginTest, SignsInAsThePolicyAndTheAnswersMakeIt) {
    for (const Case &c : cases()) {
        SCOPED_TRACE(c.name);
        registerKey();
        server.endSessions();
        server.deviceLogin = QString::fromLatin1(c.mode);
        server.totp = c.totp;
        signatures = codesAsked = 0;
        try {
            const SyncOutcome outcome = syncWith(c.password, c.answer, c.otp);
            EXPECT_TRUE(c.failure.isEmpty()) << "succeeded, expected " << c.failure.toStdString();
            EXPECT_TRUE(outcome.loggedIn);
            EXPECT_EQ(outcome.deviceLogin, c.byDeviceKey);
            EXPECT_EQ(outcome.report.count, 1);
        } catch (const std::exception &error) {
            const Failure failure = explain(error);
            EXPECT_EQ(failure.code(), c.failure) << failure.message().debugText().toStdString();
            // Each failure says that the password will do (but the code the user did not give).
            if (c.failure != QLatin1String("mfa-required")) {
                EXPECT_TRUE(failure.message().key() == msg::DeviceLoginRefused ||
                            failure.message().key() == msg::SignInNeedsPassword)
                    << failure.message().debugText().toStdString();
            }
        }
        EXPECT_EQ(signatures, c.signatures);
        EXPECT_EQ(codesAsked, c.codesAsked);
    }
}

TEST_F(SessionLoginTest, TheDeviceKeyFollowsTheServersAnswers) {
    server.deviceLogin = QStringLiteral("both");
    {
        SCOPED_TRACE("registered by the first sync with biometrics on, never offered before");
        server.endSessions();
        try {
            syncWith(false, Answer::Sign, {});
            ADD_FAILURE() << "signed in without a registered key";
        } catch (const Failure &failure) {
            EXPECT_EQ(failure.code(), QStringLiteral("sign-in-needs-password"));
        }
        EXPECT_EQ(server.deviceChallenges, 0);
        EXPECT_EQ(signatures, 0);
        syncWith(true, Answer::Sign, {});
        EXPECT_TRUE(registered());
        EXPECT_EQ(server.deviceKey, key.publicKey);
    }
    {
        SCOPED_TRACE("a key the server no longer has is registered again after the password");
        server.deviceKey.clear(); // the device was revoked and activated again
        server.endSessions();
        EXPECT_THROW(syncWith(false, Answer::Sign, {}), Failure);
        EXPECT_FALSE(registered());
        syncWith(true, Answer::Sign, {});
        EXPECT_TRUE(registered());
        EXPECT_EQ(server.deviceKey, key.publicKey);
        server.endSessions();
        EXPECT_TRUE(syncWith(false, Answer::Sign, {}).deviceLogin);
    }
    {
        SCOPED_TRACE("biometrics turned off while the password went on: the user is told");
        server.totp = true;
        server.endSessions();
        codesAsked = 0;
        const SyncOutcome outcome = syncWith(true, Answer::TurnOff, QStringLiteral("123456"));
        EXPECT_FALSE(outcome.deviceLogin);
        EXPECT_EQ(outcome.notice.key(), msg::BiometricInvalidated);
        EXPECT_EQ(codesAsked, 1);
    }
}

} // namespace
} // namespace vaultlink::testing
