#pragma once

#include "platform/biometric_key_store.h"

namespace vaultlink::platform {

// The Android Keystore behind androidx BiometricPrompt, through BiometricBridge.java (in
// platform/android/package/src/): per alias an AES-256-GCM key and a P-256 signing key, StrongBox
// first, each use authorised by one strong biometric (Class 3) prompt, both invalidated by a new
// enrolment. Java answers through one static native method; the replies go through the
// process's BiometricRequests to the threads that asked.
class AndroidBiometricKeyStore final : public BiometricKeyStore {
public:
    AndroidBiometricKeyStore();
    ~AndroidBiometricKeyStore() override;
    AndroidBiometricKeyStore(const AndroidBiometricKeyStore &) = delete;
    AndroidBiometricKeyStore &operator=(const AndroidBiometricKeyStore &) = delete;

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
