#include "server/http/tls.h"

#include <QSslCertificate>
#include <QSslKey>

#include <stdexcept>

namespace vaultlink::server {

QList<QSslCipher> forwardSecretAeadCiphers() {
    // TLS 1.3 has only AEAD suites with ephemeral keys; for TLS 1.2 keep ECDHE with GCM or
    // ChaCha20-Poly1305. CBC suites (LUCKY13), static RSA key exchange and finite-field DHE
    // are left out. The server's preference is this order.
    static const char *const names[] = {
        "TLS_AES_128_GCM_SHA256",       "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256",
        "ECDHE-RSA-AES128-GCM-SHA256",  "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384",  "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-RSA-CHACHA20-POLY1305",
    };
    QList<QSslCipher> ciphers;
    for (const char *name : names)
        if (const QSslCipher cipher{QString::fromLatin1(name)}; !cipher.isNull())
            ciphers.append(cipher);
    return ciphers;
}

QSslConfiguration serverTlsConfiguration(const QByteArray &certificatePem,
                                         const QByteArray &keyPem) {
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        throw std::runtime_error("the certificate file holds no PEM certificate");
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        throw std::runtime_error("the key file holds no EC or RSA private key in PEM form");
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setCiphers(forwardSecretAeadCiphers());
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return config;
}

} // namespace vaultlink::server
