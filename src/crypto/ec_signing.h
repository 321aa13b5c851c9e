#pragma once

#include "src/crypto/secure_buffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace vaultlink {

// P-256 ECDSA with SHA-256 (the device-login key), for the places that hold the private key
// themselves: the desktop stand-in of the biometric key store and the tests. On the phones the
// key never leaves the platform (platform/biometric_key_store.h).
struct EcKeyPair {
    SecureBuffer privateKey; // DER PKCS#8
    QByteArray publicKey;    // DER SubjectPublicKeyInfo
};

EcKeyPair generateP256();
// Empty when `privateKey` is not a P-256 PKCS#8 key.
std::optional<QByteArray> signP256(const SecureBuffer &privateKey, QByteArrayView message);
// False for anything but a valid DER signature of `message` by the key in `publicKey`.
bool verifyP256(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

} // namespace vaultlink
