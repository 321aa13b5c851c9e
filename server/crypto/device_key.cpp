#include "server/crypto/device_key.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace vaultlink::server {

namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

// OpenSSL reports a refused key or signature on the thread's error queue, which the TLS
// connections on this thread read too: a stale entry there would fail a healthy handshake.
struct ClearErrorsOnExit {
    ClearErrorsOnExit() = default;
    ClearErrorsOnExit(const ClearErrorsOnExit &) = delete;
    ClearErrorsOnExit &operator=(const ClearErrorsOnExit &) = delete;
    ~ClearErrorsOnExit() { ERR_clear_error(); }
};

// The key of the DER, or null; trailing bytes after the SubjectPublicKeyInfo are refused, so
// that one stored key has one encoding.
KeyPtr parseSpki(const QByteArray &spkiDer) {
    const auto *cursor = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    KeyPtr key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(spkiDer.size())), &EVP_PKEY_free);
    if (key &&
        cursor != reinterpret_cast<const unsigned char *>(spkiDer.constData()) + spkiDer.size())
        key.reset();
    return key;
}

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
