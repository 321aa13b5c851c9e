#pragma once

#include <QByteArray>

#include <optional>

namespace vaultlink::server {

// The public half of a key pair a phone keeps behind biometrics, for device-key login
// (docs/api.md "Device keys"): ECDSA on P-256 with SHA-256 (JOSE's "ES256").

// The key as the DER SubjectPublicKeyInfo it came in, when that is exactly one P-256 public key
// on a named curve whose point lies on the curve; nullopt for anything else.
std::optional<QByteArray> checkP256PublicKey(const QByteArray &spkiDer);

// Whether signatureDer (an ECDSA signature, DER SEQUENCE of r and s) signs SHA-256(message)
// under the key. A key that does not parse verifies nothing.
bool verifyEs256(const QByteArray &spkiDer, const QByteArray &message,
                 const QByteArray &signatureDer);

} // namespace vaultlink::server
