#pragma once

#include <QByteArray>
#include <QSslConfiguration>

namespace vaultlink::server {

// TLS 1.2 or later with the given PEM certificate (chain) and key; throws with a readable
// message when either cannot be parsed.
QSslConfiguration serverTlsConfiguration(const QByteArray &certificatePem,
                                         const QByteArray &keyPem);

} // namespace vaultlink::server
