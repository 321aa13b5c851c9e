#include "server/crypto/token.h"

#include "server/common/random.h"

#include <QCryptographicHash>

namespace vaultlink::server {

QString newToken(RandomSource &random) {
    return QString::fromLatin1(
        random.bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray sha256(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray tokenDigest(const QString &token) {
    return sha256(token.toUtf8()).toHex();
}

} // namespace vaultlink::server
