#include "src/base/message_catalog.h"
#include "src/biometrics/biometric_unlock.h"
#include "src/crypto/ec_signing.h"
#include "src/crypto/random.h"
#include "tests/unit/support/fake_biometric_key_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace vaultlink;
using platform::BiometricError;
using Kind = BiometricResult::Kind;

namespace {

class BiometricUnlockTest : public ::testing::Test {
protected:
    BiometricUnlockTest() {
        profile.id = QStringLiteral("p1");
        profile.name = QStringLiteral("work");
        profile.serverUrl = QStringLiteral("https://vault.example.com");
        profile.databaseId = 1;
        profile.userName = QStringLiteral("alice");
    }

    // Runs the event loop until `results` has `count` entries (or a second has passed).
    void waitFor(std::size_t count) {
        QElapsedTimer clock;
        clock.start();
        while (results.size() < count && clock.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        // Anything delivered late or twice arrives within these turns too.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    BiometricUnlock::Done collect() {
        return [this](BiometricResult result) { results.push_back(std::move(result)); };
    }
    // Biometrics turned on with the data key, as after a password unlock.
    void enable() {
        unlock.enable(profile, dataKey, prompt, collect());
        waitFor(1);
        ASSERT_EQ(results.size(), 1u);
        ASSERT_EQ(results[0].kind, Kind::Done);
        profile.biometric = results[0].wrap;
        results.clear();
    }

    vaultlink::testing::FakeBiometricKeyStore store;
    BiometricUnlock unlock{store};
    ProfileRecord profile;
    SystemRandom random;
    SecureBuffer dataKey = random.secret(32);
    platform::BiometricPrompt prompt{QStringLiteral("Unlock Vaultlink"), QStringLiteral("work"),
                                     QStringLiteral("Use password")};
    std::vector<BiometricResult> results;
};

TEST_F(BiometricUnlockTest, EnabledWithTheDataKeyItUnlocksWithIt) {
    enable();
    ASSERT_TRUE(profile.biometric);
    EXPECT_EQ(profile.biometric->alias, biometricAlias(profile.id));
    EXPECT_FALSE(profile.biometric->sealed.contains(dataKey.view().toByteArray()));
    EXPECT_FALSE(profile.biometric->deviceKey.isEmpty());
    EXPECT_TRUE(unlock.canUnlock(profile));
    unlock.unlock(profile, prompt, collect());
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].kind, Kind::Done);
    EXPECT_TRUE(results[0].dataKey.equals(dataKey));
    ASSERT_EQ(store.prompts.size(), 2); // to seal (Android asks), then to open
    EXPECT_EQ(store.prompts[1].title, prompt.title);
}

// Every answer the platform can give to an unlock, and what becomes of biometric unlock.
TEST_F(BiometricUnlockTest, OnlyTheThreeLastingAnswersTurnItOff) {
    struct Row {
        BiometricError answer;
        Kind kind;
        QLatin1StringView message;
    };
    const std::vector<Row> rows = {
        {BiometricError::Cancelled, Kind::Declined, msg::BiometricCancelled},
        {BiometricError::Failed, Kind::Declined, msg::BiometricNotRecognised},
        {BiometricError::Lockout, Kind::Declined, msg::BiometricLockedOut},
        {BiometricError::Transient, Kind::Declined, msg::BiometricBusy},
        {BiometricError::Other, Kind::Declined, msg::BiometricFailed},
        {BiometricError::NoHardware, Kind::Unavailable, msg::BiometricNoHardware},
        {BiometricError::LockoutPermanent, Kind::TurnedOff, msg::BiometricLockoutPermanent},
        {BiometricError::NotEnrolled, Kind::TurnedOff, msg::BiometricNotEnrolled},
        {BiometricError::KeyInvalidated, Kind::TurnedOff, msg::BiometricInvalidated},
    };
    enable();
    for (const Row &row : rows) {
        SCOPED_TRACE(static_cast<int>(row.answer));
        results.clear();
        store.answers = {row.answer};
        unlock.unlock(profile, prompt, collect());
        waitFor(1);
        ASSERT_EQ(results.size(), 1u);
        EXPECT_EQ(results[0].kind, row.kind);
        EXPECT_EQ(results[0].error, row.answer);
        EXPECT_TRUE(results[0].dataKey.isEmpty());
        EXPECT_EQ(BiometricUnlock::turnsOff(row.answer), row.kind == Kind::TurnedOff);
        EXPECT_EQ(biometricMessage(results[0]).key(), row.message);
    }
    // None of them touched the keys: the next try works.
    results.clear();
    unlock.unlock(profile, prompt, collect());
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].dataKey.equals(dataKey));
}

TEST_F(BiometricUnlockTest, ANewEnrolmentInvalidatesTheKeyAndOnlyAPasswordUnlockEnablesAgain) {
    enable();
    store.invalidate(profile.biometric->alias);
    unlock.unlock(profile, prompt, collect());
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].kind, Kind::TurnedOff);
    EXPECT_EQ(results[0].error, BiometricError::KeyInvalidated);
    unlock.forget(profile);
    EXPECT_TRUE(store.calls.contains(QStringLiteral("remove ") + profile.biometric->alias));
    profile.biometric.reset();
    EXPECT_FALSE(unlock.canUnlock(profile));
    // Enabling again takes the data key (which only a password unlock gives) and new keys.
    results.clear();
    enable();
    EXPECT_TRUE(store.hasKeys(profile.biometric->alias));
}

TEST_F(BiometricUnlockTest, AWrapMovedToAnotherProfileOrUserNeverOpens) {
    enable();
    for (const auto &change : std::vector<std::function<void(ProfileRecord &)>>{
             [](ProfileRecord &p) { p.userName = QStringLiteral("mallory"); },
             [](ProfileRecord &p) { p.databaseId = 2; },
             [](ProfileRecord &p) { p.serverUrl = QStringLiteral("https://evil.example"); },
             [](ProfileRecord &p) { p.id = QStringLiteral("p2"); },
         }) {
        ProfileRecord other = profile;
        change(other);
        results.clear();
        unlock.unlock(other, prompt, collect());
        waitFor(1);
        ASSERT_EQ(results.size(), 1u);
        EXPECT_EQ(results[0].kind, Kind::Declined);
        EXPECT_EQ(results[0].error, BiometricError::Other);
        EXPECT_TRUE(results[0].dataKey.isEmpty());
    }
}

TEST_F(BiometricUnlockTest, AWrapOfAnOlderDataKeyIsNotOfferedAndShowsNoPrompt) {
    enable();
    const qsizetype shown = store.prompts.size();
    profile.dataKeyVersion = 2;
    EXPECT_FALSE(unlock.canUnlock(profile));
    unlock.unlock(profile, prompt, collect());
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].kind, Kind::Unavailable);
    EXPECT_EQ(store.prompts.size(), shown);
}

TEST_F(BiometricUnlockTest, LateAndRepeatedPlatformAnswersAreIgnored) {
    enable();
    store.holdReplies = true;
    unlock.unlock(profile, prompt, collect());
    unlock.cancel();
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].kind, Kind::Declined);
    EXPECT_EQ(results[0].error, BiometricError::Cancelled);
    EXPECT_EQ(store.release(), 1); // the platform answers the cancelled prompt after all
    waitFor(2);
    EXPECT_EQ(results.size(), 1u);

    // A platform that answers one prompt twice: one result.
    results.clear();
    unlock.unlock(profile, prompt, collect());
    EXPECT_EQ(store.release(2), 1);
    waitFor(2);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].dataKey.equals(dataKey));

    // A new request replaces the one waiting: the first ends Cancelled, the second unlocks.
    results.clear();
    std::vector<BiometricResult> first;
    unlock.unlock(profile, prompt, [&](BiometricResult r) { first.push_back(std::move(r)); });
    unlock.unlock(profile, prompt, collect());
    EXPECT_EQ(store.release(), 2);
    waitFor(1);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].error, BiometricError::Cancelled);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].dataKey.equals(dataKey));
}

TEST_F(BiometricUnlockTest, NoAnswerReachesAControllerThatIsGone) {
    enable();
    store.holdReplies = true;
    {
        BiometricUnlock shortLived(store);
        shortLived.unlock(profile, prompt, collect());
    }
    store.release();
    waitFor(1);
    EXPECT_TRUE(results.empty());
    EXPECT_TRUE(store.calls.last().startsWith(QStringLiteral("cancel ")));
}

TEST_F(BiometricUnlockTest, TheDeviceKeySignsWhatTheServerWillVerify) {
    enable();
    const QByteArray message = "vaultlink-device-login-v1\nabc\n1\nalice\ndevice-1";
    unlock.sign(profile, message, prompt, collect());
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    ASSERT_EQ(results[0].kind, Kind::Done);
    EXPECT_TRUE(verifyP256(profile.biometric->deviceKey, message, results[0].signature));
    EXPECT_FALSE(verifyP256(profile.biometric->deviceKey, message + "x", results[0].signature));
    results.clear();
    store.answers = {BiometricError::Cancelled};
    unlock.sign(profile, message, prompt, collect());
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].kind, Kind::Declined);
    EXPECT_TRUE(results[0].signature.isEmpty());
}

TEST_F(BiometricUnlockTest, WithoutASensorEnablingIsUnavailable) {
    store.available = {platform::BiometricAvailability::Kind::None, BiometricError::NoHardware};
    unlock.enable(profile, dataKey, prompt, collect());
    waitFor(1);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].kind, Kind::Unavailable);
    EXPECT_FALSE(results[0].wrap);
}

// The stored wrap: what the profile list keeps, read back only when whole.
TEST(BiometricWrapTest, ReadsBackWhatItWroteAndNothingElse) {
    BiometricWrap wrap;
    wrap.alias = QStringLiteral("vaultlink.biometric.p1");
    wrap.sealed = QByteArray(60, 'x');
    wrap.deviceKey = QByteArray(91, 'k');
    wrap.deviceKeyRegistered = true;
    wrap.enabledAt = QStringLiteral("2026-12-07T10:00:00.000Z");
    const std::optional<BiometricWrap> back = BiometricWrap::fromJson(wrap.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->sealed, wrap.sealed);
    EXPECT_EQ(back->deviceKey, wrap.deviceKey);
    EXPECT_TRUE(back->deviceKeyRegistered);
    const std::vector<std::pair<const char *, QJsonValue>> broken = {
        {"alias", QString()},       {"alias", 3},
        {"sealed", "not base64!"},  {"sealed", QString::fromLatin1(QByteArray(28, 'x').toBase64())},
        {"dataKeyVersion", 0},      {"dataKeyVersion", "1"},
        {"deviceKeyRegistered", 1}, {"deviceKey", QJsonValue()},
        {"enabledAt", false},
    };
    for (const auto &[key, value] : broken) {
        QJsonObject json = wrap.toJson();
        json.insert(QLatin1String(key), value);
        EXPECT_FALSE(BiometricWrap::fromJson(json)) << key;
    }
    EXPECT_NE(biometricAad(QStringLiteral("p1"), QStringLiteral("s"), 1, QStringLiteral("a"), 1),
              biometricAad(QStringLiteral("p1"), QStringLiteral("s"), 11, QStringLiteral("a"), 1));
    EXPECT_EQ(
        biometricAad(QStringLiteral("p1"), QStringLiteral("s"), 1, QStringLiteral("Alice"), 1),
        biometricAad(QStringLiteral("p1"), QStringLiteral("s"), 1, QStringLiteral("alice"), 1));
}

TEST(BiometricWrapTest, AProfileWithADamagedWrapStaysWithoutIt) {
    ProfileRecord profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("work");
    profile.serverUrl = QStringLiteral("https://vault.example.com");
    profile.passwordWrap = {QByteArray(12, 'n'), QByteArray(32, 'c'), QByteArray(16, 't')};
    profile.kdf.salt = QByteArray(16, 's');
    BiometricWrap wrap;
    wrap.alias = QStringLiteral("a");
    wrap.sealed = QByteArray(60, 's');
    profile.biometric = wrap;
    std::optional<ProfileRecord> back = ProfileRecord::fromJson(profile.toJson());
    ASSERT_TRUE(back);
    ASSERT_TRUE(back->biometric);
    EXPECT_EQ(back->biometric->sealed, wrap.sealed);
    QJsonObject json = profile.toJson();
    json.insert(QStringLiteral("biometric"), QJsonObject{{QStringLiteral("alias"), 1}});
    back = ProfileRecord::fromJson(json);
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->biometric);
}

} // namespace
