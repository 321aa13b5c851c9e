#include "server/vault/cursor.h"

#include "server/common/refusal.h"
#include "server/directory/databases.h"

#include <QStringList>

namespace vaultlink::server {

namespace {
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString encodeCursor(const DatabaseRow &database, qint64 seq) {
    return QString::fromLatin1(
        QStringLiteral("v1:%1:%2").arg(database.epoch).arg(seq).toLatin1().toBase64(kEncoding));
}

qint64 decodeCursor(const QString &cursor, const DatabaseRow &database) {
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QStringList parts =
        decoded ? QString::fromLatin1(*decoded).split(QLatin1Char(':')) : QStringList();
    bool ok = false;
    const qint64 seq = parts.size() == 3 ? parts[2].toLongLong(&ok) : -1;
    if (!ok || parts[0] != QLatin1String("v1"))
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the cursor is not one this server issued"));
    if (parts[1] != database.epoch)
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the cursor belongs to an earlier history of this database"));
    if (seq < database.minSeq)
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the server no longer keeps changes that old"));
    if (seq > database.seq)
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the cursor is ahead of the server's history"));
    return seq;
}

} // namespace vaultlink::server
