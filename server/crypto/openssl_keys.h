#pragma once

#include <QByteArray>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

// The crypto library's own OpenSSL helpers, shared by device_key.cpp and webauthn.cpp; not for
// use outside server/crypto.
namespace vaultlink::server::openssl {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

// OpenSSL reports a refused key or signature on the thread's error queue, which the TLS
// connections on this thread read too: a stale entry there would fail a healthy handshake.
struct ClearErrorsOnExit {
    ClearErrorsOnExit() = default;
    ClearErrorsOnExit(const ClearErrorsOnExit &) = delete;
    ClearErrorsOnExit &operator=(const ClearErrorsOnExit &) = delete;
    ~ClearErrorsOnExit() { ERR_clear_error(); }
};

// The key of the DER SubjectPublicKeyInfo, or null; trailing bytes are refused, so that one
// stored key has one encoding.
KeyPtr parseSpki(const QByteArray &spkiDer);

} // namespace vaultlink::server::openssl
