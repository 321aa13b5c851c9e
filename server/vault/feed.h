#pragma once

#include "server/vault/digest.h"
#include "server/vault/record.h"

#include <QList>
#include <QString>

namespace vaultlink::server {

class Store;

struct FeedPage {
    QList<Record> records; // upserts, in sequence order
    QList<qint64> removed; // deleted, or no longer visible to this user
    QString cursor;        // continue from here
    bool more = false;
    qint64 sequence = 0; // the database's current sequence
    SetDigest total;     // the user's whole visible set
};

// "Changes since cursor" for one user in one database, read from one consistent snapshot.
class Feed {
public:
    explicit Feed(Store &store);
    // An empty cursor starts from the beginning (and then reports no removals).
    FeedPage changes(qint64 databaseId, qint64 userId, const QString &cursor, int limit);

private:
    Store &m_store;
    DigestCache m_digests;
};

} // namespace vaultlink::server
