#pragma once

#include <QByteArray>
#include <QHash>
#include <QPair>

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

// The visible set only changes when the database sequence does (rights changes re-sequence the
// unit's records), so one computation per (user, database, sequence) serves every page of a sync.
class DigestCache {
public:
    SetDigest get(Store &store, const DatabaseRow &database, qint64 userId);

private:
    struct Entry {
        QString epoch;
        qint64 seq = -1;
        SetDigest digest;
    };
    QHash<QPair<qint64, qint64>, Entry> m_entries;
};

} // namespace vaultlink::server
