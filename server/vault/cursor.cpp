#include "server/vault/cursor.h"

#include "server/common/refusal.h"
#include "server/directory/databases.h"

#include <QStringList>

namespace vaultlink::server {

namespace {
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString encodeCursor(const DatabaseRow &database, qint64 seq) {
    return QString::fromLatin1(QStringLiteral("v1:%1:%2:%3")
                                   .arg(database.epoch)
                                   .arg(seq)
                                   .arg(database.minSeq)
                                   .toLatin1()
                                   .toBase64(kEncoding));
}

qint64 decodeCursor(const QString &cursor, const DatabaseRow &database) {
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QStringList parts =
        decoded ? QString::fromLatin1(*decoded).split(QLatin1Char(':')) : QStringList();
    bool ok = false;
    const qint64 seq = parts.size() == 3 || parts.size() == 4 ? parts[2].toLongLong(&ok) : -1;
    bool floorOk = true;
    const qint64 floor = parts.size() == 4 ? parts[3].toLongLong(&floorOk) : 0;
    if (!ok || !floorOk || parts[0] != QLatin1String("v1"))
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the cursor is not one this server issued"));
    if (parts[1] != database.epoch)
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the cursor belongs to an earlier history of this database"));
    // Below the kept history is fine for a pass that began after the last compaction (its
    // floor says so): it never held the records whose removals were dropped.
    if (seq < database.minSeq && floor < database.minSeq)
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the server no longer keeps changes that old"));
    if (seq > database.seq)
        throw Refusal(Error::CursorUnknown,
                      QStringLiteral("the cursor is ahead of the server's history"));
    return seq;
}

} // namespace vaultlink::server
