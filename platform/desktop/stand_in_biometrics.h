#pragma once

#include "platform/biometric_key_store.h"

#include <map>

namespace vaultlink::platform {

// A STAND-IN for the phones' biometric key stores, for testers on a Linux desktop: the alias's
// AES key and P-256 private key are kept in the desktop's secret service (GNOME Keyring,
// KWallet) through QtKeychain, and `confirm` (a dialog in the app, a question on the terminal in
// vaultlink-cli) stands in for the sensor. Unlike a phone's, these keys are read into this
// process to seal, open and sign (then wiped), and anyone who can read the user's keyring can
// use them; it exists so that the flows can be tried and tested, and says so wherever offered.
//
// Answers: no confirmation → Cancelled; the alias's secret gone from the keyring (deleted by
// hand: what a new enrolment does on a phone) → KeyInvalidated; no secret service running →
// NoHardware; the keyring refusing → Cancelled when the user refused, else Other.
class StandInBiometrics final : public BiometricKeyStore {
public:
    explicit StandInBiometrics(StandInConfirm confirm);
    ~StandInBiometrics() override;

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

    // The secret service's name for the stand-in's entries (one per alias).
    static QString serviceName();

private:
    // What a confirmed request does with the alias's keys (AES key, P-256 private key); answers
    // the reply's data, or an error.
    using Work = std::function<Reply(const SecureBuffer &aes, const SecureBuffer &ecPrivate)>;
    Token confirmed(const QString &alias, const BiometricPrompt &prompt, Work work, Done done);
    void readKeys(Token token, const QString &alias);
    void answer(Token token, Reply reply);

    struct Pending {
        Done done;
        Work work;
    };
    StandInConfirm m_confirm;
    std::map<Token, Pending> m_pending;
    Token m_last = 0;
    std::shared_ptr<int> m_removing = std::make_shared<int>(0); // deletions still running
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace vaultlink::platform
