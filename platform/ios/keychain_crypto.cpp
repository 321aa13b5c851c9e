#include "platform/ios/keychain_crypto.h"

#include "src/crypto/key_wrap.h"
#include "src/crypto/random.h"

namespace vaultlink::platform::ios {

namespace {
constexpr qsizetype nonceBytes = 12;
constexpr qsizetype tagBytes = 16;
constexpr std::size_t keyBytes = 32;
} // namespace

std::optional<QByteArray> sealWithKey(const SecureBuffer &key, const SecureBuffer &plain,
                                      QByteArrayView aad) {
    if (key.size() != keyBytes || plain.isEmpty())
        return std::nullopt;
    SystemRandom random;
    const WrappedKey wrapped = wrapKey(key, plain, aad, random);
    return wrapped.nonce + wrapped.ciphertext + wrapped.tag;
}

std::optional<SecureBuffer> openWithKey(const SecureBuffer &key, QByteArrayView sealed,
                                        QByteArrayView aad) {
    if (key.size() != keyBytes || sealed.size() <= nonceBytes + tagBytes)
        return std::nullopt;
    WrappedKey wrapped;
    wrapped.nonce = sealed.first(nonceBytes).toByteArray();
    wrapped.ciphertext =
        sealed.sliced(nonceBytes, sealed.size() - nonceBytes - tagBytes).toByteArray();
    wrapped.tag = sealed.last(tagBytes).toByteArray();
    return unwrapKey(key, wrapped, aad);
}

QByteArray p256PublicKeyInfo(QByteArrayView x963Point) {
    // SEQUENCE { SEQUENCE { OID ecPublicKey, OID prime256v1 }, BIT STRING (no unused bits) },
    // RFC 5480; the point follows.
    static const QByteArray prefix = QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d"
                                                         "030107034200");
    if (x963Point.size() != 65 || x963Point.front() != '\x04')
        return {};
    return prefix + x963Point.toByteArray();
}

} // namespace vaultlink::platform::ios
