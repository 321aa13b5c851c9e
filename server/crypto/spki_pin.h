#pragma once

#include <QByteArray>
#include <QString>

namespace vaultlink::server {

// "sha256/<base64>" of the DER SubjectPublicKeyInfo of a PEM certificate (as in RFC 7469),
// or an empty string when the PEM holds no certificate.
QString spkiPin(const QByteArray &certificatePem);

} // namespace vaultlink::server
