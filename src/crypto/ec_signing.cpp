#include "src/crypto/ec_signing.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>
#include <string_view>

namespace vaultlink {

namespace {
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

bool isP256(EVP_PKEY *key) {
    char group[32] = {};
    return key && EVP_PKEY_is_a(key, "EC") &&
           EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, nullptr) == 1 &&
           std::string_view(group) == "prime256v1";
}
} // namespace

EcKeyPair generateP256() {
    Pkey key(EVP_EC_gen("P-256"));
    if (!key)
        throw std::runtime_error("P-256 key generation failed");
    EcKeyPair pair;
    const int privateSize = i2d_PrivateKey(key.get(), nullptr);
    const int publicSize = i2d_PUBKEY(key.get(), nullptr);
    if (privateSize <= 0 || publicSize <= 0)
        throw std::runtime_error("P-256 key encoding failed");
    pair.privateKey = SecureBuffer(static_cast<std::size_t>(privateSize));
    unsigned char *out = pair.privateKey.data();
    i2d_PrivateKey(key.get(), &out);
    pair.publicKey.resize(publicSize);
    auto *publicOut = reinterpret_cast<unsigned char *>(pair.publicKey.data());
    i2d_PUBKEY(key.get(), &publicOut);
    return pair;
}

std::optional<QByteArray> signP256(const SecureBuffer &privateKey, QByteArrayView message) {
    const unsigned char *in = privateKey.data();
    Pkey key(d2i_AutoPrivateKey(nullptr, &in, static_cast<long>(privateKey.size())));
    if (!isP256(key.get()))
        return std::nullopt;
    MdCtx ctx(EVP_MD_CTX_new());
    std::size_t size = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.data());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &size, data, static_cast<std::size_t>(message.size())) !=
            1)
        return std::nullopt;
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, data,
                       static_cast<std::size_t>(message.size())) != 1)
        return std::nullopt;
    signature.resize(static_cast<qsizetype>(size));
    return signature;
}

bool verifyP256(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature) {
    const auto *in = reinterpret_cast<const unsigned char *>(publicKey.data());
    Pkey key(d2i_PUBKEY(nullptr, &in, static_cast<long>(publicKey.size())));
    if (!isP256(key.get()) || in != reinterpret_cast<const unsigned char *>(publicKey.end()))
        return false;
    MdCtx ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            static_cast<std::size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.data()),
                            static_cast<std::size_t>(message.size())) == 1;
}

} // namespace vaultlink
