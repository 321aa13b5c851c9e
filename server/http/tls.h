#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>

namespace vaultlink::server {

// The suites the server offers: TLS 1.3's, and TLS 1.2 with ECDHE and an AEAD cipher only.
QList<QSslCipher> forwardSecretAeadCiphers();

// TLS 1.2 or later with forwardSecretAeadCiphers(), the given PEM certificate (chain) and key;
// throws with a readable message when either cannot be parsed.
QSslConfiguration serverTlsConfiguration(const QByteArray &certificatePem,
                                         const QByteArray &keyPem);

} // namespace vaultlink::server
