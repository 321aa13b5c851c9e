#include "server/vault/feed.h"

#include "server/directory/databases.h"
#include "server/store/row_reader.h"
#include "server/store/store.h"
#include "server/vault/cursor.h"
#include "server/vault/record_store.h"
#include "server/vault/visibility.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace vaultlink::server {

namespace {

// The statements of a page, prepared once per store and reused (Store::reader). Entries:
// candidates are what the user sees now, plus what they may have seen before (their own personal
// records, and records of units they ever could read) so removals reach them.
QString entriesSql(bool initial) {
    const QString visible = visibleSql(QStringLiteral("r"));
    return QStringLiteral("SELECT %1, %2 FROM records r WHERE r.database_id = ? AND r.seq > ? AND "
                          "%3 ORDER BY r.seq LIMIT ?")
        .arg(visible, recordColumns(QStringLiteral("r")),
             initial ? visible
                     : QStringLiteral("(r.owner_id = ? OR r.unit_id IN (SELECT unit_id FROM "
                                      "unit_history WHERE user_id = ?))"));
}

// The upserts of a page are the visible records in its window of sequence numbers, so one query
// brings the fields of all of them. Unordered: SQLite would sort every row with its values (more
// than the query's own time); the few fields of each record are put in order as they come.
QString fieldsSql() {
    return QStringLiteral("SELECT r.id, f.position, %1 FROM records r JOIN fields f ON "
                          "f.record_id = r.id WHERE r.database_id = ? AND r.seq > ? AND r.seq <= "
                          "? AND %2")
        .arg(fieldColumns(QStringLiteral("f")), visibleSql(QStringLiteral("r")));
}

// A statement left before its end is reset, so that it holds no read snapshot of its own.
class Finished {
public:
    explicit Finished(RowReader &reader)
        : m_reader(reader) {}
    ~Finished() { m_reader.finish(); }
    Finished(const Finished &) = delete;
    Finished &operator=(const Finished &) = delete;

private:
    RowReader &m_reader;
};

// Gives each page record its fields, in form order (by position).
void readFields(Store &store, FeedPage &page, qint64 databaseId, qint64 userId, qint64 after,
                qint64 last) {
    static const QString sql = fieldsSql();
    QHash<qint64, qsizetype> at;
    at.reserve(page.records.size());
    for (qsizetype i = 0; i < page.records.size(); ++i)
        at.insert(page.records[i].id, i);
    QList<QVarLengthArray<qint64, 8>> positions(page.records.size());
    RowReader &rows = store.reader(sql);
    const Finished done(rows);
    rows.exec({databaseId, after, last, userId, userId});
    qint64 currentId = -1;
    qsizetype current = -1;
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        if (id != currentId) {
            currentId = id;
            current = at.value(id, -1);
        }
        if (current < 0)
            continue;
        const qint64 position = rows.integer(1);
        QVarLengthArray<qint64, 8> &taken = positions[current];
        const auto place = std::upper_bound(taken.begin(), taken.end(), position);
        const qsizetype index = place - taken.begin();
        taken.insert(place, position);
        QList<Field> &fields = page.records[current].fields;
        if (fields.isEmpty())
            fields.reserve(8); // a form's fields, the largest form's included
        fields.insert(index, readField(rows, 2));
    }
}

} // namespace

Feed::Feed(Store &store)
    : m_store(store) {}

FeedPage Feed::changes(qint64 databaseId, qint64 userId, const QString &cursor, int limit) {
    static const QString initialSql = entriesSql(true);
    static const QString continuingSql = entriesSql(false);
    Transaction snapshot(m_store, Transaction::Mode::ReadSnapshot);
    const DatabaseRow database = requireDatabase(m_store, databaseId);
    const bool initial = cursor.isEmpty();
    const qint64 after = initial ? 0 : decodeCursor(cursor, database);

    FeedPage page;
    qint64 last = after;
    {
        RowReader &rows = m_store.reader(initial ? initialSql : continuingSql);
        const Finished done(rows);
        rows.exec({userId, userId, databaseId, after, userId, userId, limit + 1});
        int taken = 0;
        while (rows.next()) {
            if (taken == limit) {
                page.more = true;
                break;
            }
            ++taken;
            // Columns: visible, then the record's (recordColumns: id first, seq eighth).
            last = rows.integer(8);
            if (rows.integer(0) != 0)
                page.records.append(readRecord(rows, 1));
            else
                page.removed.append(rows.integer(1));
        }
    }
    if (!page.records.isEmpty())
        readFields(m_store, page, databaseId, userId, after, last);
    // At the end of the feed the cursor moves to the database's sequence, past changes this
    // user cannot see, so the next call does not scan them again.
    page.cursor = encodeCursor(database, page.more ? last : database.seq);
    page.sequence = database.seq;
    page.total = m_digests.get(m_store, database, userId);
    return page;
}

} // namespace vaultlink::server
