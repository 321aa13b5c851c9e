#include "src/base/message_catalog.h"
#include "view_models_fixture.h"

#include <QSignalSpy>

#include <thread>

namespace vaultlink::testing {
namespace {

using platform::BiometricError;

// Biometric unlock in the app (BiometricViewModel), with a sensor answering as scripted.
class BiometricViewModels : public ViewModels {
protected:
    ui::BiometricViewModel &biometrics = graph.biometrics;
    FakeBiometricKeyStore &sensor = standIns.biometricStore;

    void enable() {
        biometrics.enable(server.password);
        ASSERT_TRUE(waitFor([&] { return biometrics.enabled() && !biometrics.busy(); }))
            << biometrics.error().toStdString();
    }
    void lockAndShowUnlock() {
        vault.lock();
        ASSERT_FALSE(session.isOpen());
        unlock.setProfileName(QStringLiteral("work"));
    }
    // The Unlock page's button; whether the vault opened.
    bool unlockWithBiometrics() {
        QSignalSpy unlocked(&biometrics, &ui::BiometricViewModel::unlocked);
        biometrics.unlock();
        waitFor([&] { return !biometrics.busy(); });
        return unlocked.size() == 1 && session.isOpen();
    }
};

TEST_F(BiometricViewModels, TurnedOnWithThePasswordItUnlocksWithoutItUntilTurnedOff) {
    linkAndUnlock();
    EXPECT_TRUE(biometrics.available());
    EXPECT_FALSE(biometrics.enabled());
    EXPECT_EQ(biometrics.unlockLabel(), QStringLiteral("Unlock with fingerprint"));
    biometrics.enable(QStringLiteral("not the password"));
    ASSERT_TRUE(waitFor([&] { return !biometrics.busy(); }));
    EXPECT_EQ(biometrics.errorCode(), QStringLiteral("wrong-password"));
    EXPECT_FALSE(biometrics.enabled());
    EXPECT_TRUE(sensor.prompts.isEmpty()) << "no prompt before the password is right";
    enable();

    lockAndShowUnlock();
    EXPECT_EQ(biometrics.profileName(), QStringLiteral("work"));
    EXPECT_TRUE(biometrics.offered());
    ASSERT_TRUE(unlockWithBiometrics()) << biometrics.error().toStdString();
    EXPECT_TRUE(session.password().isEmpty()) << "no password is kept after a biometric unlock";
    EXPECT_GT(vault.records()->rowCount(), 0);

    // Turned off from the settings: the keys are forgotten, the button goes.
    const QString alias = biometricAlias(service.find(QStringLiteral("work"))->id);
    EXPECT_TRUE(sensor.hasKeys(alias));
    biometrics.disable();
    EXPECT_FALSE(biometrics.enabled());
    EXPECT_FALSE(sensor.hasKeys(alias));
    lockAndShowUnlock();
    EXPECT_FALSE(biometrics.offered());
}

TEST_F(BiometricViewModels, ACancelChangesNothingANewEnrolmentTurnsItOffUntilThePassword) {
    linkAndUnlock();
    enable();
    lockAndShowUnlock();
    sensor.answers = {BiometricError::Cancelled};
    EXPECT_FALSE(unlockWithBiometrics());
    EXPECT_EQ(biometrics.errorCode(), QStringLiteral("biometric-cancelled"));
    EXPECT_EQ(biometrics.error(), QStringLiteral("Biometric unlock was cancelled."));
    EXPECT_TRUE(biometrics.offered());

    sensor.invalidate(biometricAlias(service.find(QStringLiteral("work"))->id));
    EXPECT_FALSE(unlockWithBiometrics());
    EXPECT_EQ(biometrics.errorCode(), QStringLiteral("biometric-invalidated"));
    EXPECT_TRUE(biometrics.error().contains(QLatin1String("Unlock with your password")));
    EXPECT_FALSE(biometrics.enabled());
    EXPECT_FALSE(biometrics.offered());
    EXPECT_FALSE(service.find(QStringLiteral("work"))->biometric);

    // The password, then on again.
    unlock.unlock(server.password);
    ASSERT_TRUE(waitFor([&] { return session.isOpen(); }));
    enable();
    lockAndShowUnlock();
    EXPECT_TRUE(unlockWithBiometrics());
}

TEST_F(BiometricViewModels, AnEndedSessionSignsInAgainBehindTheBiometricPrompt) {
    ui::SyncStatus &status = *vault.syncStatus();
    const auto syncNow = [&] {
        vault.sync(false);
        return waitFor([&] { return !status.syncing(); }, 20000);
    };
    linkAndUnlock();
    enable();
    ASSERT_TRUE(syncNow()); // registers the device key
    ASSERT_FALSE(server.deviceKey.isEmpty());
    lockAndShowUnlock();
    ASSERT_TRUE(unlockWithBiometrics());

    // The server ended the session; it takes the key for the password and the code.
    server.deviceLogin = QStringLiteral("both");
    server.totp = true;
    server.endSessions();
    QSignalSpy codeAsked(&vault, &ui::VaultViewModel::otpRequested);
    sensor.prompts.clear();
    ASSERT_TRUE(syncNow());
    EXPECT_TRUE(status.error().isEmpty()) << status.error().toStdString();
    ASSERT_EQ(sensor.prompts.size(), 1);
    EXPECT_EQ(sensor.prompts.at(0).title, QStringLiteral("Sign in to the server"));
    EXPECT_EQ(codeAsked.size(), 0) << "the second-factor dialog is skipped";
    EXPECT_TRUE(server.paths.contains(QStringLiteral("POST /api/v1/auth/device-login")));

    // A cancelled prompt: the sync says that the password will do, and nothing else changes.
    server.endSessions();
    sensor.answers = {BiometricError::Cancelled};
    ASSERT_TRUE(syncNow());
    EXPECT_TRUE(status.error().contains(QLatin1String("unlock with your password")))
        << status.error().toStdString();
    EXPECT_TRUE(biometrics.enabled());

    // The app closes while the prompt is up: the waiting sync is let go, nothing hangs.
    sensor.holdReplies = true;
    vault.sync(false);
    ASSERT_TRUE(waitFor([&] { return sensor.prompts.size() == 3; }));
}

TEST(DeviceSignBridgeTest, OneAnswerPerRequestAndNoneAfterClosing) {
    QObject gui;
    std::vector<ui::DeviceSignBridge::Reply> replies; // on this (the GUI) thread
    ui::DeviceSignBridge bridge(gui, [&](const ProfileRecord &, const QByteArray &message,
                                         const ui::DeviceSignBridge::Reply &reply) {
        EXPECT_EQ(message, QByteArray("challenge"));
        replies.push_back(reply);
    });
    const DeviceSigner signer = bridge.signer();
    DeviceSignature got;
    std::thread sync([&] { got = signer(ProfileRecord{}, QByteArray("challenge")); });
    ASSERT_TRUE(waitFor([&] { return replies.size() == 1; }));
    replies[0]({QByteArray("signed"), {}, false});
    replies[0]({QByteArray("said twice"), {}, false});
    sync.join();
    EXPECT_EQ(got.der, QByteArray("signed"));

    // Closed while the prompt is up: the sync goes on with nothing signed; the late answer goes
    // nowhere, and so does any request after that.
    std::thread waiting([&] { got = signer(ProfileRecord{}, QByteArray("challenge")); });
    ASSERT_TRUE(waitFor([&] { return replies.size() == 2; }));
    bridge.close();
    waiting.join();
    EXPECT_TRUE(got.der.isEmpty());
    EXPECT_EQ(got.refusal.key(), msg::BiometricCancelled);
    replies[1]({QByteArray("late"), {}, false});
    EXPECT_TRUE(signer(ProfileRecord{}, QByteArray("challenge")).der.isEmpty());
    EXPECT_EQ(replies.size(), 2U);
}

TEST(StandInSensorTest, AsksOnceAndANewQuestionEndsTheLastWithNo) {
    ui::StandInSensor sensor;
    std::vector<bool> answers;
    sensor.ask({QStringLiteral("Unlock Vaultlink"), QStringLiteral("work"), {}},
               [&](bool yes) { answers.push_back(yes); });
    EXPECT_TRUE(sensor.asking());
    EXPECT_EQ(sensor.subtitle(), QStringLiteral("work"));
    sensor.ask({QStringLiteral("Unlock Vaultlink"), QStringLiteral("home"), {}},
               [&](bool yes) { answers.push_back(yes); });
    sensor.answer(true);
    sensor.answer(true); // nothing asked any more
    EXPECT_EQ(answers, (std::vector<bool>{false, true}));
    EXPECT_FALSE(sensor.asking());
}

} // namespace
} // namespace vaultlink::testing
