#include "server/vault/feed.h"

#include "server/directory/databases.h"
#include "server/store/sql.h"
#include "server/store/store.h"
#include "server/vault/cursor.h"
#include "server/vault/record_store.h"
#include "server/vault/visibility.h"

namespace vaultlink::server {

Feed::Feed(Store &store)
    : m_store(store) {}

FeedPage Feed::changes(qint64 databaseId, qint64 userId, const QString &cursor, int limit) {
    Transaction snapshot(m_store, Transaction::Mode::ReadSnapshot);
    const DatabaseRow database = requireDatabase(m_store, databaseId);
    const bool initial = cursor.isEmpty();
    const qint64 after = initial ? 0 : decodeCursor(cursor, database);

    // Candidates: what the user sees now, plus what they may have seen before (their own
    // personal records, and records of units they ever could read) so removals reach them.
    const QString visible = visibleSql(QStringLiteral("r"));
    const QString scope =
        initial ? visible
                : QStringLiteral("(r.owner_id = ? OR r.unit_id IN (SELECT unit_id FROM "
                                 "unit_history WHERE user_id = ?))");
    QSqlQuery q = prepare(m_store, QStringLiteral("SELECT r.id, r.seq, %1 FROM records r WHERE "
                                                  "r.database_id = ? AND r.seq > ? AND %2 "
                                                  "ORDER BY r.seq LIMIT ?")
                                       .arg(visible, scope));
    for (const QVariant &v :
         {QVariant(userId), QVariant(userId), QVariant(databaseId), QVariant(after),
          QVariant(userId), QVariant(userId), QVariant(limit + 1)})
        q.addBindValue(v);
    execQuery(q);

    FeedPage page;
    QList<qint64> upserts;
    qint64 last = after;
    int taken = 0;
    while (q.next()) {
        if (taken == limit) {
            page.more = true;
            break;
        }
        ++taken;
        last = q.value(1).toLongLong();
        (q.value(2).toBool() ? upserts : page.removed).append(q.value(0).toLongLong());
    }
    page.records = loadRecords(m_store, upserts);
    // At the end of the feed the cursor moves to the database's sequence, past changes this
    // user cannot see, so the next call does not scan them again.
    page.cursor = encodeCursor(database, page.more ? last : database.seq);
    page.sequence = database.seq;
    page.total = m_digests.get(m_store, database, userId);
    return page;
}

} // namespace vaultlink::server
