#pragma once

#include "src/crypto/secure_buffer.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace vaultlink::platform {

// Why the platform did not give what was asked. Only KeyInvalidated, NotEnrolled and
// LockoutPermanent last: biometric unlock is turned off for them (src/biometrics/); every other
// answer leaves it on, so that a cancelled prompt or a wet finger never costs the user the
// feature (Bitwarden iOS switched Face ID off on those).
enum class BiometricError {
    Cancelled,        // dismissed by the user, or by the system (another app came in front)
    Failed,           // not recognised, after the platform's own retries
    Lockout,          // too many failures: the sensor is locked for a while
    LockoutPermanent, // too many failures: only the device's screen lock unlocks the sensor
    NotEnrolled,      // no fingerprint or face is enrolled (any more)
    NoHardware,       // no sensor, or it cannot be used now
    KeyInvalidated,   // a new enrolment or a removed screen lock destroyed the alias's keys
    Transient,        // busy, or the device locked while scanning: try again
    Other,            // anything else; the platform's own words are in Reply::detail
};

// What the device offers. `kind` names the sensor in the platform's words on the Unlock button
// ("Unlock with fingerprint", "… with Face ID"); the desktop's stand-in says it is one.
struct BiometricAvailability {
    enum class Kind { None, Fingerprint, Face, Iris, Several, StandIn };
    Kind kind = Kind::None;
    // Empty when biometric unlock can be offered now; otherwise why not (NoHardware,
    // NotEnrolled, LockoutPermanent, …).
    std::optional<BiometricError> problem;
};

// The words of one prompt, filled in (translated) by the front end.
struct BiometricPrompt {
    QString title;    // "Unlock Vaultlink"
    QString subtitle; // which profile
    QString cancel;   // "Use password"
};

// Keys kept by the platform behind biometric authentication, per alias (one per profile): an
// AES-256-GCM key that seals and opens the profile's data key, and a P-256 key pair whose
// private key signs the server's device-login challenges. On the phones neither key leaves the
// platform's keeping (Android Keystore, StrongBox first, strong biometrics only, invalidated by
// a new enrolment; iOS keychain and Secure Enclave with .biometryCurrentSet, this device only).
//
// Every request returns its token at once and later calls `done` exactly once, with that token,
// on the thread that made the request (through that thread's Qt event loop). cancel() ends a
// request with Cancelled. A platform's late or repeated callbacks never reach `done` again.
class BiometricKeyStore {
public:
    using Token = quint64; // never 0
    struct Reply {
        Token token = 0;
        std::optional<BiometricError> error; // empty: done
        // createKeys: the public key (DER SubjectPublicKeyInfo); seal: the sealed bytes (12-byte
        // nonce, ciphertext, 16-byte tag); open: the plain bytes; sign: the DER ECDSA signature
        // (SHA-256) of the message.
        SecureBuffer data;
        QString detail; // for logs only: the platform's own code and words
    };
    using Done = std::function<void(Reply)>;

    virtual ~BiometricKeyStore() = default;
    virtual BiometricAvailability availability() const = 0;

    // Makes the alias's two keys, replacing any it had. No prompt.
    virtual Token createKeys(const QString &alias, Done done) = 0;
    // Seals `plain` bound to `aad` (with a prompt where the platform asks for one to encrypt, as
    // Android's Keystore does for a key that needs authentication). Arguments are copied before
    // the call returns; the store wipes its copy of `plain` once done.
    virtual Token seal(const QString &alias, const SecureBuffer &plain, const QByteArray &aad,
                       const BiometricPrompt &prompt, Done done) = 0;
    // Opens what seal() gave for the same alias and aad; a different aad or altered bytes are
    // Other (the tag does not match), never wrong plain bytes.
    virtual Token open(const QString &alias, const QByteArray &sealed, const QByteArray &aad,
                       const BiometricPrompt &prompt, Done done) = 0;
    virtual Token sign(const QString &alias, const QByteArray &message,
                       const BiometricPrompt &prompt, Done done) = 0;
    virtual void cancel(Token token) = 0;
    // Deletes the alias's keys (biometric unlock turned off, the profile unlinked).
    virtual void remove(const QString &alias) = 0;
};

// Asks the person at a desktop to confirm, standing in for the sensor: the app shows a dialog,
// the command line asks on the terminal. Answers true to go on, false for Cancelled.
using StandInConfirm =
    std::function<void(const BiometricPrompt &prompt, std::function<void(bool)> answer)>;

// The platform's store, chosen once at build time: Android's Keystore with BiometricPrompt,
// iOS's keychain and Secure Enclave, and on desktop Linux the stand-in (the keys kept in the
// desktop's secret service through QtKeychain, `confirm` standing in for the sensor; named as a
// stand-in wherever it is offered). Elsewhere, or where `confirm` is empty on desktop, the
// fallback: no hardware, every request answered NoHardware.
std::unique_ptr<BiometricKeyStore> makeBiometricKeyStore(StandInConfirm confirm = {});

// The fallback on its own (tests, and platforms without biometrics).
std::unique_ptr<BiometricKeyStore> makeNoBiometrics();

} // namespace vaultlink::platform
