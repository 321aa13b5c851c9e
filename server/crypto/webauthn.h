#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace vaultlink::server {

// Security keys and passkeys (WebAuthn Level 2) as a second factor or a login: the checks a
// relying party makes on what navigator.credentials.get() and .create() hand back, so that the
// server keeps only a credential's id, its public key and its signature counter. Attestation is
// not verified (conveyance "none"): the server trusts the account's owner, not a vendor list.

// The two COSE algorithms taken: ES256 (-7, ECDSA on P-256 with SHA-256), which every
// authenticator offers, and EdDSA (-8, Ed25519), which some prefer.
enum class FidoAlgorithm { Es256, EdDsa };

// "ES256" and "EdDSA", spelt (and matched, case-sensitively) as COSE and JOSE register them;
// nullopt for any other name.
std::optional<FidoAlgorithm> fidoAlgorithmNamed(const QString &name);
QString fidoAlgorithmName(FidoAlgorithm algorithm);

// The key as the DER SubjectPublicKeyInfo it came in, when that is exactly one public key of the
// algorithm: P-256 on the named curve with its point on the curve, or Ed25519; nullopt for
// anything else, trailing bytes included.
std::optional<QByteArray> checkFidoPublicKey(FidoAlgorithm algorithm, const QByteArray &spkiDer);

// The same key from PEM text holding one "-----BEGIN PUBLIC KEY-----" block, for an
// administrator registering a key at the command line; its DER as checkFidoPublicKey takes it.
// nullopt when there is no such block, it holds no key of the algorithm, or a second key follows.
std::optional<QByteArray> fidoPublicKeyFromPem(FidoAlgorithm algorithm, const QByteArray &pem);

struct FidoCredentialKey {
    FidoAlgorithm algorithm = FidoAlgorithm::Es256;
    QByteArray publicKeySpki;
    quint32 signCount = 0; // the last counter seen
};

// What the server asked for. An empty challenge or rpId, or no origin, matches nothing.
struct AssertionExpectation {
    QByteArray challenge; // raw bytes the server issued for this login
    QString rpId;         // e.g. "localhost", "vault.example.com"
    QStringList origins;  // accepted clientData.origin values, exact string match
    bool requireUserVerification = false;
};

// The three byte strings of an AuthenticatorAssertionResponse, base64url-decoded.
struct FidoAssertion {
    QByteArray clientDataJson;
    QByteArray authenticatorData;
    QByteArray signature; // ES256: DER ECDSA; EdDSA: 64 raw bytes
};

enum class AssertionFault {
    None,
    // clientData not a JSON object with type, challenge and origin strings; authenticator data
    // shorter than 37 bytes, with attested credential data, or with bytes after its fixed part
    // other than the one extensions map its ED flag announces.
    Malformed,
    WrongType,         // clientData.type != "webauthn.get"
    ChallengeMismatch, // clientData.challenge (base64url, no padding) != expectation.challenge
    OriginMismatch,    // clientData.origin not in origins
    RpIdMismatch,      // authData[0..32] != SHA-256(rpId)
    UserNotPresent,    // flag UP (bit 0) clear
    UserNotVerified,   // flag UV (bit 2) clear while required
    BadSignature,      // signature does not verify over authData || SHA-256(clientDataJson)
    // WebAuthn L2 §7.2 step 21: new or stored counter nonzero and new <= stored, which is how a
    // cloned authenticator shows.
    CounterRegressed,
};

struct AssertionVerdict {
    AssertionFault fault = AssertionFault::None;
    // The assertion's counter (to store on success); 0 when the authenticator data was
    // malformed.
    quint32 signCount = 0;
};

// Verifies in the order of WebAuthn L2 §7.2 (client data, then rpIdHash, flags, signature, then
// the counter) and reports the first check that failed; the bytes of both the client data and
// the authenticator data are parsed before any check, so a Malformed input is reported as such
// whatever else is wrong with it. Never throws; OpenSSL's error queue is left empty.
AssertionVerdict verifyAssertion(const FidoCredentialKey &key, const AssertionExpectation &expected,
                                 const FidoAssertion &assertion);

// The fault as the short code the API answers with: "malformed", "wrong-type",
// "challenge-mismatch", "origin-mismatch", "rp-id-mismatch", "user-not-present",
// "user-not-verified", "bad-signature", "counter-regressed"; an empty string for None.
QString assertionFaultCode(AssertionFault fault);

// A registration from a browser's navigator.credentials.create() (the Account page).
struct RegistrationExpectation {
    QByteArray challenge; // as AssertionExpectation's
    QString rpId;
    QStringList origins;
    bool requireUserVerification = false;
};

struct FidoRegistration {
    QByteArray credentialId; // 1 to 1023 bytes
    FidoAlgorithm algorithm = FidoAlgorithm::Es256;
    QByteArray publicKeySpki; // DER, as checkFidoPublicKey returns it
    quint32 signCount = 0;
};

// The new credential when the client data is of type "webauthn.create" with the expected
// challenge and an accepted origin, and the attestation object is the CBOR map {fmt, attStmt,
// authData} whose authenticator data has the expected rpIdHash, UP (and UV if required) and AT
// set, and attests a credential whose COSE key is EC2 P-256 with alg -7 (kty 2, crv 1, x and y of
// 32 bytes) or OKP Ed25519 with alg -8 (kty 1, crv 6, x of 32 bytes), with no other members.
// The attestation statement is not verified: any fmt and any attStmt map are accepted.
// nullopt, and *why (when not null) set to a short English reason, on any failure.
std::optional<FidoRegistration> verifyRegistration(const RegistrationExpectation &expected,
                                                   const QByteArray &clientDataJson,
                                                   const QByteArray &attestationObject,
                                                   QString *why);

} // namespace vaultlink::server
