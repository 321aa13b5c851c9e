#include "server/directory/sequence.h"

#include "server/store/sql.h"

#include <QList>

namespace vaultlink::server {

qint64 nextSequence(Store &store, qint64 databaseId) {
    run(store, QStringLiteral("UPDATE databases SET seq = seq + 1 WHERE id = ?"), {databaseId});
    return queryValue(store, QStringLiteral("SELECT seq FROM databases WHERE id = ?"), {databaseId})
        .toLongLong();
}

void touchUnitRecords(Store &store, qint64 unitId) {
    const qint64 databaseId =
        queryValue(store, QStringLiteral("SELECT database_id FROM units WHERE id = ?"), {unitId})
            .toLongLong();
    QList<qint64> ids;
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT id FROM records WHERE unit_id = ? AND deleted = 0 "
                                     "ORDER BY seq"),
                      {unitId});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QSqlQuery update = prepare(store, QStringLiteral("UPDATE records SET seq = ? WHERE id = ?"));
    for (qint64 id : ids) {
        update.addBindValue(nextSequence(store, databaseId));
        update.addBindValue(id);
        execQuery(update);
    }
}

void compactFeed(Store &store, qint64 databaseId) {
    run(store, QStringLiteral("DELETE FROM records WHERE database_id = ? AND deleted = 1"),
        {databaseId});
    run(store, QStringLiteral("UPDATE databases SET min_seq = seq WHERE id = ?"), {databaseId});
}

} // namespace vaultlink::server
