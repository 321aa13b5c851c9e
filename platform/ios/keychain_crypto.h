#pragma once

#include "src/crypto/secure_buffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// What the iOS store does with the keychain's answers, in plain C++ tested on desktop: the AES
// key is a keychain item's 32 bytes, used here through the project's AES-256-GCM
// (src/crypto/key_wrap.h); the Secure Enclave's public key comes as an X9.63 point.
namespace vaultlink::platform::ios {

// The sealed form BiometricKeyStore promises: 12-byte nonce, ciphertext, 16-byte tag. nullopt
// when the key is not 32 bytes or there is nothing to seal.
std::optional<QByteArray> sealWithKey(const SecureBuffer &key, const SecureBuffer &plain,
                                      QByteArrayView aad);
// nullopt when the aad or any byte differs from what was sealed, or the key is not 32 bytes.
std::optional<SecureBuffer> openWithKey(const SecureBuffer &key, QByteArrayView sealed,
                                        QByteArrayView aad);

// SecKeyCopyExternalRepresentation gives a P-256 public key as 04 || X || Y (65 bytes); the
// interface answers DER SubjectPublicKeyInfo, as Android's getEncoded() does. Empty when the
// point is not of that form.
QByteArray p256PublicKeyInfo(QByteArrayView x963Point);

} // namespace vaultlink::platform::ios
