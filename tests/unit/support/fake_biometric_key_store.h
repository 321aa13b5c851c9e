#pragma once

#include "platform/biometric_key_store.h"
#include "src/crypto/ec_signing.h"

#include <QList>
#include <QStringList>

#include <deque>
#include <map>
#include <vector>

namespace vaultlink::testing {

// The platform's biometric key store with a scripted sensor: real keys, real AES-256-GCM and
// ECDSA (what it seals opens only under the same alias and aad; what it signs verifies with the
// public key it gave), and for each prompt the next answer of `answers` (none left: recognised).
// Replies come through the event loop, or wait in a queue while `holdReplies` is set so that a
// test can deliver them late, or twice, as a platform may.
class FakeBiometricKeyStore final : public platform::BiometricKeyStore {
public:
    platform::BiometricAvailability available{platform::BiometricAvailability::Kind::Fingerprint,
                                              std::nullopt};
    std::deque<platform::BiometricError> answers; // the sensor's next answers, in order
    bool holdReplies = false;
    QList<platform::BiometricPrompt> prompts; // every prompt shown, in order
    QStringList calls;                        // "createKeys ALIAS", "cancel TOKEN", …

    // As a new enrolment does: the alias's keys are gone (KeyInvalidated from then on).
    void invalidate(const QString &alias);
    bool hasKeys(const QString &alias) const { return m_keys.count(alias) != 0; }
    // Delivers the held replies, each `times` times; answers how many there were.
    int release(int times = 1);

    platform::BiometricAvailability availability() const override { return available; }
    Token createKeys(const QString &alias, Done done) override;
    Token seal(const QString &alias, const SecureBuffer &plain, const QByteArray &aad,
               const platform::BiometricPrompt &prompt, Done done) override;
    Token open(const QString &alias, const QByteArray &sealed, const QByteArray &aad,
               const platform::BiometricPrompt &prompt, Done done) override;
    Token sign(const QString &alias, const QByteArray &message,
               const platform::BiometricPrompt &prompt, Done done) override;
    void cancel(Token token) override;
    void remove(const QString &alias) override;

private:
    struct Keys {
        SecureBuffer aes;
        EcKeyPair ec;
    };
    struct Held {
        Done done;
        Reply reply;
    };
    // The sensor's answer to a prompt: an error, or empty to go on.
    std::optional<platform::BiometricError> prompt(const platform::BiometricPrompt &shown,
                                                   const QString &alias);
    Token reply(Done done, Reply reply);

    std::map<QString, Keys> m_keys;
    std::vector<Held> m_held;
    Token m_last = 0;
};

// Hands every call to another store: for owners that take a store of their own (AppGraph) while
// the test keeps the fake.
class ForwardBiometrics final : public platform::BiometricKeyStore {
public:
    explicit ForwardBiometrics(platform::BiometricKeyStore &to)
        : m_to(to) {}
    platform::BiometricAvailability availability() const override { return m_to.availability(); }
    Token createKeys(const QString &alias, Done done) override {
        return m_to.createKeys(alias, std::move(done));
    }
    Token seal(const QString &alias, const SecureBuffer &plain, const QByteArray &aad,
               const platform::BiometricPrompt &prompt, Done done) override {
        return m_to.seal(alias, plain, aad, prompt, std::move(done));
    }
    Token open(const QString &alias, const QByteArray &sealed, const QByteArray &aad,
               const platform::BiometricPrompt &prompt, Done done) override {
        return m_to.open(alias, sealed, aad, prompt, std::move(done));
    }
    Token sign(const QString &alias, const QByteArray &message,
               const platform::BiometricPrompt &prompt, Done done) override {
        return m_to.sign(alias, message, prompt, std::move(done));
    }
    void cancel(Token token) override { m_to.cancel(token); }
    void remove(const QString &alias) override { m_to.remove(alias); }

private:
    platform::BiometricKeyStore &m_to;
};

} // namespace vaultlink::testing
