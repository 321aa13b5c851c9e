#include "server/vault/digest.h"

#include "server/crypto/sha256.h"
#include "server/directory/databases.h"
#include "server/store/row_reader.h"
#include "server/store/store.h"
#include "server/vault/visibility.h"

#include <QCryptographicHash>

#include <algorithm>
#include <charconv>

namespace vaultlink::server {

namespace {

using Accumulator = std::array<unsigned char, 32>;

// SHA-256 of "<id>:<seq>" XORed into the accumulator. One hash context for a whole pass and the
// text made on the stack: a pass hashes every visible record.
class Hasher {
public:
    void toggle(Accumulator &acc, qint64 id, qint64 seq) {
        char text[48];
        char *end = std::to_chars(text, text + 20, id).ptr;
        *end++ = ':';
        end = std::to_chars(end, text + sizeof text, seq).ptr;
        const Sha256::Digest h = m_sha.hash(QByteArrayView(text, end - text));
        for (size_t i = 0; i < acc.size(); ++i)
            acc[i] ^= h[i];
    }

private:
    Sha256 m_sha;
};

QByteArray hexOf(const Accumulator &acc) {
    return QByteArray(reinterpret_cast<const char *>(acc.data()), 32).toHex();
}

} // namespace

QByteArray recordDigest(qint64 id, qint64 seq) {
    return QCryptographicHash::hash(QStringLiteral("%1:%2").arg(id).arg(seq).toLatin1(),
                                    QCryptographicHash::Sha256);
}

namespace {
// Every record the user sees: id, sequence.
const QString &visibleSetSql() {
    static const QString sql =
        QStringLiteral("SELECT r.id, r.seq FROM records r WHERE r.database_id = ? AND %1")
            .arg(visibleSql(QStringLiteral("r")));
    return sql;
}

// The records changed after a sequence: id, sequence, whether the user sees it now.
const QString &changedSinceSql() {
    static const QString sql =
        QStringLiteral(
            "SELECT r.id, r.seq, %1 FROM records r WHERE r.database_id = ? AND r.seq > ?")
            .arg(visibleSql(QStringLiteral("r")));
    return sql;
}
} // namespace

SetDigest computeDigest(Store &store, qint64 databaseId, qint64 userId) {
    Accumulator acc{};
    Hasher hasher;
    SetDigest result;
    RowReader &rows = store.reader(visibleSetSql());
    rows.exec({databaseId, userId, userId});
    while (rows.next()) {
        hasher.toggle(acc, rows.integer(0), rows.integer(1));
        ++result.count;
    }
    result.hex = hexOf(acc);
    return result;
}

SetDigest DigestCache::get(Store &store, const DatabaseRow &database, qint64 userId) {
    Entry &entry = m_entries[qMakePair(database.id, userId)];
    entry.lastUse = ++m_uses;
    if (entry.epoch == database.epoch && entry.seq == database.seq) {
        m_lastPass = Pass::Cached;
    } else if (entry.epoch == database.epoch && entry.seq >= database.minSeq &&
               entry.seq < database.seq) {
        incremental(store, database, userId, entry);
        m_lastPass = Pass::Incremental;
    } else {
        full(store, database, userId, entry);
        m_lastPass = Pass::Full;
    }
    SetDigest digest{entry.seqById.size(), hexOf(entry.acc)};
    evictBeyondCapacity();
    return digest;
}

void DigestCache::full(Store &store, const DatabaseRow &database, qint64 userId, Entry &entry) {
    // Marked unusable first: a failure half-way must not leave a set that looks complete.
    entry.epoch.clear();
    entry.seq = -1;
    entry.acc = {};
    entry.seqById.clear();
    Hasher hasher;
    RowReader &rows = store.reader(visibleSetSql());
    rows.exec({database.id, userId, userId});
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        const qint64 seq = rows.integer(1);
        hasher.toggle(entry.acc, id, seq);
        entry.seqById.insert(id, seq);
    }
    entry.epoch = database.epoch;
    entry.seq = database.seq;
}

void DigestCache::incremental(Store &store, const DatabaseRow &database, qint64 userId,
                              Entry &entry) {
    // Deleted records and records the user no longer sees come too (visible 0): they leave. A
    // failure half-way leaves the set consistent with the sequences it holds, and the next pass
    // takes the same records again: taking one out at its counted sequence and in at its current
    // one gives the same result twice.
    Hasher hasher;
    RowReader &rows = store.reader(changedSinceSql());
    rows.exec({userId, userId, database.id, entry.seq});
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        const qint64 seq = rows.integer(1);
        const auto counted = entry.seqById.constFind(id);
        if (counted != entry.seqById.constEnd()) {
            hasher.toggle(entry.acc, id, *counted);
            entry.seqById.erase(counted);
        }
        if (rows.integer(2) != 0) {
            hasher.toggle(entry.acc, id, seq);
            entry.seqById.insert(id, seq);
        }
    }
    entry.seq = database.seq;
}

void DigestCache::evictBeyondCapacity() {
    while (m_entries.size() > std::max(m_capacity, 1)) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_entries.erase(oldest);
    }
}

} // namespace vaultlink::server
