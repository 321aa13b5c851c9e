#include "server/crypto/spki_pin.h"

#include "server/crypto/token.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace vaultlink::server {

QString spkiPin(const QByteArray &certificatePem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())),
        &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!cert)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &der);
    if (length <= 0)
        return {};
    const QByteArray spki(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return QStringLiteral("sha256/") + QString::fromLatin1(sha256(spki).toBase64());
}

} // namespace vaultlink::server
