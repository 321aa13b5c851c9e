#include "tests/server/support/test_key.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstring>
#include <stdexcept>

namespace vaultlink::server::test {

namespace {
QByteArray derOf(EVP_PKEY *key) {
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        throw std::runtime_error("i2d_PUBKEY failed");
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}
} // namespace

TestKey::TestKey(const char *kind) {
    EVP_PKEY *key = std::strcmp(kind, "ED25519") == 0
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")
                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", kind);
    if (!key)
        throw std::runtime_error(std::string("cannot make a test key of kind ") + kind);
    m_key.reset(key, &EVP_PKEY_free);
}

QByteArray TestKey::spki() const {
    return derOf(m_key.get());
}

QByteArray TestKey::compressedSpki() const {
    EVP_PKEY *copy = EVP_PKEY_dup(m_key.get());
    const std::shared_ptr<EVP_PKEY> owned(copy, &EVP_PKEY_free);
    char format[] = "compressed";
    if (!copy || EVP_PKEY_set_utf8_string_param(copy, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                                format) != 1)
        throw std::runtime_error("cannot compress the test key's point");
    return derOf(copy);
}

QByteArray TestKey::sign(const QByteArray &message) const {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    std::size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    const auto size = static_cast<std::size_t>(message.size());
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, data, size) != 1)
        throw std::runtime_error("cannot sign with the test key");
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       data, size) != 1)
        throw std::runtime_error("cannot sign with the test key");
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

} // namespace vaultlink::server::test
