#pragma once

#include "src/crypto/secure_buffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace vaultlink {

class Random;

// A key encrypted under a key-encryption key with AES-256-GCM. The tag authenticates the
// ciphertext and the associated data, so a wrong password (a wrong KEK) is detected here,
// before anything touches the database it protects.
struct WrappedKey {
    QByteArray nonce; // 12 bytes, fresh for every wrap
    QByteArray ciphertext;
    QByteArray tag; // 16 bytes

    QJsonObject toJson() const;
    static std::optional<WrappedKey> fromJson(const QJsonObject &json);
    // In one piece (nonce, ciphertext, tag), as the biometric key stores seal; empty when too
    // short to hold a nonce, a tag and a byte.
    QByteArray joined() const { return nonce + ciphertext + tag; }
    static std::optional<WrappedKey> fromJoined(QByteArrayView bytes);
};

// `kek` must be 32 bytes; `aad` binds the wrap to its purpose (profile and slot).
WrappedKey wrapKey(const SecureBuffer &kek, const SecureBuffer &key, QByteArrayView aad,
                   Random &random);
// nullopt when the KEK, the associated data or any stored byte is not what was wrapped.
std::optional<SecureBuffer> unwrapKey(const SecureBuffer &kek, const WrappedKey &wrapped,
                                      QByteArrayView aad);

} // namespace vaultlink
