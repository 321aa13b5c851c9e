#include "server/crypto/device_key.h"

#include "server/crypto/openssl_keys.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace vaultlink::server {

namespace {

using openssl::ClearErrorsOnExit;
using openssl::KeyPtr;
using openssl::parseSpki;

bool isP256(EVP_PKEY *key) {
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return false;
    // A curve given by explicit parameters has no name, and is refused with everything else.
    char group[64] = {};
    std::size_t length = 0;
    return EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1 &&
           std::strcmp(group, "prime256v1") == 0;
}

} // namespace

std::optional<QByteArray> checkP256PublicKey(const QByteArray &spkiDer) {
    const ClearErrorsOnExit clear;
    if (spkiDer.isEmpty())
        return std::nullopt;
    const KeyPtr key = parseSpki(spkiDer);
    if (!key || !isP256(key.get()))
        return std::nullopt;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new(key.get(), nullptr), &EVP_PKEY_CTX_free);
    // The point on the curve and not the point at infinity: a key no signature can be made for
    // is no key.
    if (!context || EVP_PKEY_public_check(context.get()) != 1)
        return std::nullopt;
    return spkiDer;
}

bool verifyEs256(const QByteArray &spkiDer, const QByteArray &message,
                 const QByteArray &signatureDer) {
    const ClearErrorsOnExit clear;
    const KeyPtr key = parseSpki(spkiDer);
    if (!key || !isP256(key.get()) || signatureDer.isEmpty())
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    if (!context ||
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    // OpenSSL refuses a signature whose DER is not the canonical encoding of its r and s, so
    // a valid signature cannot be sent again in another form.
    return EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char *>(signatureDer.constData()),
                            static_cast<std::size_t>(signatureDer.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            static_cast<std::size_t>(message.size())) == 1;
}

} // namespace vaultlink::server
