#include "platform/biometric_key_store.h"

#include <QTimer>
#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_ANDROID)
#include "platform/android/android_biometric_key_store.h"
#elif defined(Q_OS_IOS)
#include "platform/ios/ios_biometric_key_store.h"
#elif defined(Q_OS_LINUX)
#include "platform/desktop/stand_in_biometrics.h"
#endif

namespace vaultlink::platform {

namespace {
// Platforms without biometrics: nothing offered, every request answered NoHardware (later, on
// the requesting thread, as any store answers).
class NoBiometrics final : public BiometricKeyStore {
public:
    BiometricAvailability availability() const override {
        return {BiometricAvailability::Kind::None, BiometricError::NoHardware};
    }
    Token createKeys(const QString &, Done done) override { return refuse(std::move(done)); }
    Token seal(const QString &, const SecureBuffer &, const QByteArray &, const BiometricPrompt &,
               Done done) override {
        return refuse(std::move(done));
    }
    Token open(const QString &, const QByteArray &, const QByteArray &, const BiometricPrompt &,
               Done done) override {
        return refuse(std::move(done));
    }
    Token sign(const QString &, const QByteArray &, const BiometricPrompt &, Done done) override {
        return refuse(std::move(done));
    }
    void cancel(Token) override {}
    void remove(const QString &) override {}

private:
    Token refuse(Done done) {
        const Token token = ++m_last;
        QTimer::singleShot(0, [token, done = std::move(done)] {
            Reply reply;
            reply.token = token;
            reply.error = BiometricError::NoHardware;
            done(std::move(reply));
        });
        return token;
    }
    Token m_last = 0;
};
} // namespace

std::unique_ptr<BiometricKeyStore> makeNoBiometrics() {
    return std::make_unique<NoBiometrics>();
}

std::unique_ptr<BiometricKeyStore> makeBiometricKeyStore(StandInConfirm confirm) {
#if defined(Q_OS_ANDROID)
    (void)confirm; // the phones have the sensor itself
    return std::make_unique<AndroidBiometricKeyStore>();
#elif defined(Q_OS_IOS)
    (void)confirm;
    return std::make_unique<IosBiometricKeyStore>();
#elif defined(Q_OS_LINUX)
    // The desktop's stand-in: only with someone to confirm in the sensor's place.
    if (confirm)
        return std::make_unique<StandInBiometrics>(std::move(confirm));
    return makeNoBiometrics();
#else
    (void)confirm;
    return makeNoBiometrics();
#endif
}

} // namespace vaultlink::platform
