#include "platform/desktop/stand_in_biometrics.h"
#include "src/crypto/ec_signing.h"
#include "src/crypto/random.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <gtest/gtest.h>

using namespace vaultlink;
using namespace vaultlink::platform;

namespace {

// The desktop stand-in against a real secret service (tests/integration/keyring/
// with_keyring.sh runs this binary with one of its own).
class StandInTest : public ::testing::Test {
protected:
    // The request's reply, the event loop run until it came (or 10 s passed).
    BiometricKeyStore::Reply
    await(const std::function<BiometricKeyStore::Token(BiometricKeyStore::Done)> &request) {
        std::optional<BiometricKeyStore::Reply> got;
        int replies = 0;
        const BiometricKeyStore::Token token = request([&](BiometricKeyStore::Reply reply) {
            ++replies;
            got = std::move(reply);
        });
        QElapsedTimer clock;
        clock.start();
        while (!got && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        EXPECT_EQ(replies, 1);
        if (!got) {
            ADD_FAILURE() << "no reply";
            return {};
        }
        EXPECT_EQ(got->token, token);
        return std::move(*got);
    }

    bool confirmNext = true;
    int asked = 0;
    StandInConfirm confirmer = [this](const BiometricPrompt &shown,
                                      const std::function<void(bool)> &yes) {
        ++asked;
        EXPECT_EQ(shown.title, QStringLiteral("Unlock Vaultlink"));
        yes(confirmNext);
    };
    StandInBiometrics store{confirmer};
    const QString alias =
        QStringLiteral("vaultlink.biometric.test-%1").arg(QCoreApplication::applicationPid());
    BiometricPrompt prompt{QStringLiteral("Unlock Vaultlink"), QStringLiteral("work"),
                           QStringLiteral("Use password")};
    QByteArray aad = "profile p1";
};

TEST_F(StandInTest, KeysInTheKeyringSealOpenAndSignOnlyOnceConfirmed) {
    EXPECT_EQ(store.availability().kind, BiometricAvailability::Kind::StandIn);
    const BiometricKeyStore::Reply keys =
        await([&](auto done) { return store.createKeys(alias, std::move(done)); });
    ASSERT_FALSE(keys.error) << keys.detail.toStdString();
    EXPECT_EQ(asked, 0); // making keys asks nothing
    const QByteArray publicKey = keys.data.view().toByteArray();

    SystemRandom random;
    const SecureBuffer dataKey = random.secret(32);
    const BiometricKeyStore::Reply sealed =
        await([&](auto done) { return store.seal(alias, dataKey, aad, prompt, std::move(done)); });
    ASSERT_FALSE(sealed.error) << sealed.detail.toStdString();
    EXPECT_EQ(asked, 1);
    const QByteArray blob = sealed.data.view().toByteArray();
    EXPECT_FALSE(blob.contains(dataKey.view().toByteArray()));

    BiometricKeyStore::Reply opened =
        await([&](auto done) { return store.open(alias, blob, aad, prompt, std::move(done)); });
    ASSERT_FALSE(opened.error) << opened.detail.toStdString();
    EXPECT_TRUE(opened.data.equals(dataKey));

    opened = await(
        [&](auto done) { return store.open(alias, blob, "profile p2", prompt, std::move(done)); });
    EXPECT_EQ(opened.error, BiometricError::Other);
    EXPECT_TRUE(opened.data.isEmpty());

    const QByteArray message = "vaultlink-device-login-v1\nchallenge";
    const BiometricKeyStore::Reply signature =
        await([&](auto done) { return store.sign(alias, message, prompt, std::move(done)); });
    ASSERT_FALSE(signature.error);
    EXPECT_TRUE(verifyP256(publicKey, message, signature.data.view()));

    confirmNext = false;
    opened =
        await([&](auto done) { return store.open(alias, blob, aad, prompt, std::move(done)); });
    EXPECT_EQ(opened.error, BiometricError::Cancelled);
    confirmNext = true;

    // Removed from the keyring by hand, as a new enrolment removes a phone's key (QtKeychain's
    // libsecret entries are found by "server" (the service) and "user" (the key)).
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("clear"), QStringLiteral("server"), StandInBiometrics::serviceName(),
                QStringLiteral("user"), alias});
    ASSERT_TRUE(tool.waitForFinished(10000));
    opened =
        await([&](auto done) { return store.open(alias, blob, aad, prompt, std::move(done)); });
    EXPECT_EQ(opened.error, BiometricError::KeyInvalidated) << opened.detail.toStdString();
}

TEST_F(StandInTest, ACancelBeforeTheConfirmationEndsTheRequestOnce) {
    std::function<void(bool)> pending;
    StandInBiometrics waiting(
        [&](const BiometricPrompt &, std::function<void(bool)> yes) { pending = std::move(yes); });
    ASSERT_FALSE(
        await([&](auto done) { return waiting.createKeys(alias, std::move(done)); }).error);
    SystemRandom random;
    const SecureBuffer dataKey = random.secret(32);
    const BiometricKeyStore::Reply reply = await([&](auto done) {
        const auto token = waiting.seal(alias, dataKey, aad, prompt, std::move(done));
        QCoreApplication::processEvents(); // the question is asked
        waiting.cancel(token);
        if (pending)
            pending(true); // answered after the cancel: ignored
        return token;
    });
    EXPECT_EQ(reply.error, BiometricError::Cancelled);
    waiting.remove(alias);
}

TEST(StandInFactory, IsTheStandInOnlyWithSomeoneToConfirm) {
    EXPECT_EQ(
        makeBiometricKeyStore([](const BiometricPrompt &, const std::function<void(bool)> &) {})
            ->availability()
            .kind,
        BiometricAvailability::Kind::StandIn);
    const BiometricAvailability none = makeBiometricKeyStore()->availability();
    EXPECT_EQ(none.kind, BiometricAvailability::Kind::None);
    EXPECT_EQ(none.problem, BiometricError::NoHardware);
}

} // namespace
