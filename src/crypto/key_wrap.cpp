#include "src/crypto/key_wrap.h"

#include "src/crypto/random.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace vaultlink {

namespace {
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr std::size_t kKekBytes = 32;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherCtx newContext() {
    return {EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free};
}

const unsigned char *bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char *>(view.data());
}

void requireKek(const SecureBuffer &kek) {
    if (kek.size() != kKekBytes)
        throw std::invalid_argument("a key-encryption key has 32 bytes");
}

std::optional<QByteArray> decode(const QJsonObject &json, const char *key) {
    const auto decoded =
        QByteArray::fromBase64Encoding(json.value(QLatin1String(key)).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? std::optional<QByteArray>(*decoded) : std::nullopt;
}
} // namespace

QJsonObject WrappedKey::toJson() const {
    return {{QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
            {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
            {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64())},
            {QStringLiteral("tag"), QString::fromLatin1(tag.toBase64())}};
}

std::optional<WrappedKey> WrappedKey::fromJson(const QJsonObject &json) {
    if (json.value(QStringLiteral("cipher")).toString() != QLatin1String("aes-256-gcm"))
        return std::nullopt;
    const auto nonce = decode(json, "nonce");
    const auto ciphertext = decode(json, "ciphertext");
    const auto tag = decode(json, "tag");
    if (!nonce || !ciphertext || !tag || nonce->size() != kNonceBytes || tag->size() != kTagBytes ||
        ciphertext->isEmpty())
        return std::nullopt;
    return WrappedKey{*nonce, *ciphertext, *tag};
}

std::optional<WrappedKey> WrappedKey::fromJoined(QByteArrayView bytes) {
    if (bytes.size() <= kNonceBytes + kTagBytes)
        return std::nullopt;
    return WrappedKey{
        bytes.first(kNonceBytes).toByteArray(),
        bytes.sliced(kNonceBytes, bytes.size() - kNonceBytes - kTagBytes).toByteArray(),
        bytes.last(kTagBytes).toByteArray()};
}

WrappedKey wrapKey(const SecureBuffer &kek, const SecureBuffer &key, QByteArrayView aad,
                   Random &random) {
    requireKek(kek);
    WrappedKey out;
    out.nonce = random.bytes(kNonceBytes);
    out.ciphertext.resize(static_cast<qsizetype>(key.size()));
    out.tag.resize(kTagBytes);
    CipherCtx ctx = newContext();
    int length = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(), bytes(out.nonce)) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size())) ==
            1 &&
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.ciphertext.data()),
                          &length, key.data(), static_cast<int>(key.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), nullptr, &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, out.tag.data()) == 1;
    if (!ok)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return out;
}

std::optional<SecureBuffer> unwrapKey(const SecureBuffer &kek, const WrappedKey &wrapped,
                                      QByteArrayView aad) {
    requireKek(kek);
    if (wrapped.nonce.size() != kNonceBytes || wrapped.tag.size() != kTagBytes ||
        wrapped.ciphertext.isEmpty())
        return std::nullopt;
    SecureBuffer key(static_cast<std::size_t>(wrapped.ciphertext.size()));
    QByteArray tag = wrapped.tag; // OpenSSL takes a non-const pointer
    CipherCtx ctx = newContext();
    int length = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(), bytes(wrapped.nonce)) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size())) ==
            1 &&
        EVP_DecryptUpdate(ctx.get(), key.data(), &length, bytes(wrapped.ciphertext),
                          static_cast<int>(wrapped.ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), nullptr, &length) == 1;
    if (!ok)
        return std::nullopt; // the buffer wipes what was decrypted
    return key;
}

} // namespace vaultlink
