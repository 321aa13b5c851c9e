#pragma once

#include "platform/biometric_key_store.h"

namespace vaultlink::platform {

// The keychain and the Secure Enclave: per alias a random 32-byte AES key as a generic-password
// item, and a P-256 key made in the Secure Enclave, both readable or usable only after this
// device's current biometrics (.biometryCurrentSet: a new enrolment makes them unusable) and
// only while the device is unlocked, never leaving it (WhenUnlockedThisDeviceOnly). One prompt
// per request, from an LAContext with the prompt's words. Sealing and opening run in C++ with the
// project's AES-256-GCM (ios/keychain_crypto.h); the keychain's answers go through the process's
// BiometricRequests to the threads that asked.
class IosBiometricKeyStore final : public BiometricKeyStore {
public:
    IosBiometricKeyStore() = default;
    ~IosBiometricKeyStore() override;
    IosBiometricKeyStore(const IosBiometricKeyStore &) = delete;
    IosBiometricKeyStore &operator=(const IosBiometricKeyStore &) = delete;

    BiometricAvailability availability() const override;
    Token createKeys(const QString &alias, Done done) override;
    Token seal(const QString &alias, const SecureBuffer &plain, const QByteArray &aad,
               const BiometricPrompt &prompt, Done done) override;
    Token open(const QString &alias, const QByteArray &sealed, const QByteArray &aad,
               const BiometricPrompt &prompt, Done done) override;
    Token sign(const QString &alias, const QByteArray &message, const BiometricPrompt &prompt,
               Done done) override;
    void cancel(Token token) override;
    void remove(const QString &alias) override;
};

} // namespace vaultlink::platform
