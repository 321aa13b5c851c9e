#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QSslCertificate;

namespace vaultlink {

// "sha256/<base64>" of the certificate's DER SubjectPublicKeyInfo (RFC 7469), the form a link
// QR code carries; empty for a null certificate.
QString spkiPin(const QSslCertificate &certificate);

// The 32 raw hash bytes of a "sha256/<base64>" pin, or nullopt when it is not one.
std::optional<QByteArray> parsePin(const QString &pin);

} // namespace vaultlink
