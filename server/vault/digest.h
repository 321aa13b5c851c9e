#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <array>

namespace vaultlink::server {

class Store;
struct DatabaseRow;

// Proof that a mirror is complete: the number of records the user sees and the XOR of
// SHA-256("<id>:<sequence>") over them, hex. Order-free, so a client can keep it up to date
// record by record.
struct SetDigest {
    qint64 count = 0;
    QByteArray hex;
};

QByteArray recordDigest(qint64 id, qint64 seq);
SetDigest computeDigest(Store &store, qint64 databaseId, qint64 userId);

// The digest of each (database, user) seen, kept up to date from the records changed since it
// was last asked for instead of recomputed over the whole visible set (a full pass costs tens of
// milliseconds at 100,000 records; the records changed between two syncs are few).
//
// Why that is exact: every change to a record takes the next database sequence number and
// stores it on the record, deletions included; a change of a user's read right re-sequences the
// unit's records (touchUnitRecords). So the records whose visibility or sequence differs since
// sequence S are exactly those with seq > S, and the cache, which holds the sequence of each
// record it counted, takes each of them out at its old sequence and back in at its new one if
// the user sees it now. It starts over with a full pass when that reasoning does not hold: a
// database of another epoch (re-created), history compacted past S (rows removed outright), or
// a database sequence below S (a store restored from a backup).
//
// Call it inside the transaction whose snapshot the answer describes (Feed does).
class DigestCache {
public:
    // At most this many (database, user) pairs are kept, the least recently asked for dropped
    // first: each holds an id and a sequence per visible record (a few MB at 100,000).
    explicit DigestCache(int capacity = 64)
        : m_capacity(capacity) {}

    SetDigest get(Store &store, const DatabaseRow &database, qint64 userId);

    // How the last get() came to its answer, for tests.
    enum class Pass { Cached, Incremental, Full };
    Pass lastPass() const { return m_lastPass; }

private:
    struct Entry {
        QString epoch;
        qint64 seq = -1;
        std::array<unsigned char, 32> acc{};
        QHash<qint64, qint64> seqById; // the records counted, at the sequence counted
        quint64 lastUse = 0;
    };
    void full(Store &store, const DatabaseRow &database, qint64 userId, Entry &entry);
    void incremental(Store &store, const DatabaseRow &database, qint64 userId, Entry &entry);
    void evictBeyondCapacity();

    int m_capacity;
    quint64 m_uses = 0;
    Pass m_lastPass = Pass::Full;
    QHash<QPair<qint64, qint64>, Entry> m_entries;
};

} // namespace vaultlink::server
