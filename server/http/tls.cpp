#include "server/http/tls.h"

#include <QSslCertificate>
#include <QSslKey>

#include <stdexcept>

namespace vaultlink::server {

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
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return config;
}

} // namespace vaultlink::server
