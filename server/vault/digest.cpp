#include "server/vault/digest.h"

#include "server/directory/databases.h"
#include "server/store/sql.h"
#include "server/vault/visibility.h"

#include <QCryptographicHash>

#include <array>

namespace vaultlink::server {

QByteArray recordDigest(qint64 id, qint64 seq) {
    return QCryptographicHash::hash(QStringLiteral("%1:%2").arg(id).arg(seq).toLatin1(),
                                    QCryptographicHash::Sha256);
}

SetDigest computeDigest(Store &store, qint64 databaseId, qint64 userId) {
    std::array<unsigned char, 32> acc{};
    SetDigest result;
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT r.id, r.seq FROM records r WHERE r.database_id = ? "
                                     "AND %1")
                          .arg(visibleSql(QStringLiteral("r"))),
                      {databaseId, userId, userId});
    while (q.next()) {
        const QByteArray h = recordDigest(q.value(0).toLongLong(), q.value(1).toLongLong());
        for (size_t i = 0; i < acc.size(); ++i)
            acc[i] ^= static_cast<unsigned char>(h[static_cast<qsizetype>(i)]);
        ++result.count;
    }
    result.hex = QByteArray(reinterpret_cast<const char *>(acc.data()), 32).toHex();
    return result;
}

SetDigest DigestCache::get(Store &store, const DatabaseRow &database, qint64 userId) {
    Entry &entry = m_entries[qMakePair(database.id, userId)];
    if (entry.seq != database.seq || entry.epoch != database.epoch) {
        entry.digest = computeDigest(store, database.id, userId);
        entry.seq = database.seq;
        entry.epoch = database.epoch;
    }
    return entry.digest;
}

} // namespace vaultlink::server
