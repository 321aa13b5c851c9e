#include "src/crypto/spki_pin.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <openssl/x509.h>

#include <memory>

namespace vaultlink {

QString spkiPin(const QSslCertificate &certificate) {
    const QByteArray der = certificate.toDer();
    if (der.isEmpty())
        return {};
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &cursor, der.size()),
                                                     &X509_free);
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0)
        return {};
    const QByteArray hash = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(spki), length), QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return QStringLiteral("sha256/") + QString::fromLatin1(hash.toBase64());
}

std::optional<QByteArray> parsePin(const QString &pin) {
    if (!pin.startsWith(QLatin1String("sha256/")))
        return std::nullopt;
    const auto hash = QByteArray::fromBase64Encoding(pin.mid(7).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!hash || hash.decoded.size() != 32)
        return std::nullopt;
    return hash.decoded;
}

} // namespace vaultlink
