#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace vaultlink::platform {

// One WebAuthn assertion the server asks for (docs/api.md §7.4, method "fido"): what a FIDO2
// security key signs to prove its holder is present.
struct SecurityKeyRequest {
    QString rpId;                       // the relying party, e.g. "vault.example.com"
    QByteArray challenge;               // the server's challenge, raw bytes
    QList<QByteArray> allowCredentials; // the user's registered credential ids, raw bytes
    bool userVerification = false;      // the server requires UV (a PIN or biometrics on the key)
    // The origin written into the client data where the app builds it itself (desktop:
    // "https://" + rpId); the phones' platforms write their own (an app's facet).
    QString origin;
    int timeoutMs = 60000;
};

// What the key answered, as WebAuthn's AuthenticatorAssertionResponse has it.
struct SecurityKeyAssertion {
    QByteArray credentialId;
    QByteArray clientDataJson;    // the exact bytes whose SHA-256 was signed
    QByteArray authenticatorData; // rpIdHash, flags, signCount, extensions
    QByteArray signature;         // ES256: DER ECDSA; EdDSA: 64 raw bytes
    QByteArray userHandle;        // may be empty
};

// Why no assertion came.
enum class SecurityKeyError {
    Cancelled,     // the user (or the system) dismissed the prompt
    NoDevice,      // no key plugged in or held to the phone in time, or no FIDO support at all
    NotRegistered, // the key offered holds none of allowCredentials
    TimedOut,      // the key was there but not touched in time
    NotAllowed,    // the platform refused (WebAuthn's NotAllowedError: wrong origin, policy)
    Other,         // anything else; the platform's own words are in Reply::detail
};

// The client data JSON of an assertion, as WebAuthn Level 2 §5.8.1 serialises it:
// {"type":"webauthn.get","challenge":<base64url>,"origin":<origin>,"crossOrigin":false}.
// For platforms where the app builds it (libfido2, the stand-in); the phones build their own.
QByteArray assertionClientData(const QByteArray &challenge, const QString &origin);

// FIDO2 security keys. Every request returns its token at once and later calls `done` exactly
// once, with that token, on the thread that made the request (through its Qt event loop).
// cancel() ends a request with Cancelled; late platform callbacks never reach `done` again.
class SecurityKey {
public:
    using Token = quint64; // never 0
    struct Reply {
        Token token = 0;
        std::optional<SecurityKeyError> error; // empty: `assertion` holds the answer
        SecurityKeyAssertion assertion;
        QString detail; // for logs only: the platform's own code and words
    };
    using Done = std::function<void(Reply)>;

    enum class Kind { None, Usb, Nfc, Platform, StandIn };

    virtual ~SecurityKey() = default;
    // How keys reach this device (the prompt's words); None: no FIDO support here.
    virtual Kind kind() const = 0;
    virtual Token getAssertion(const SecurityKeyRequest &request, Done done) = 0;
    virtual void cancel(Token token) = 0;
};

// The platform's security keys, chosen once at build time: Android's FIDO2 API (Google Play
// services; NFC and USB keys), iOS's security-key authorization (NFC, Lightning, USB-C), and
// on desktop Linux libfido2 (USB keys) — or, when VAULTLINK_SECURITY_KEY_STAND_IN names a key
// file, the STAND-IN software authenticator (tests and demos; it says so wherever offered).
// Elsewhere the fallback: Kind::None, every request answered NoDevice.
std::unique_ptr<SecurityKey> makeSecurityKey();

// The fallback on its own (tests, and platforms without FIDO).
std::unique_ptr<SecurityKey> makeNoSecurityKey();

} // namespace vaultlink::platform
