#pragma once

#include <QtGlobal>

namespace vaultlink::server {

class Store;

// Each database has one monotonic sequence; every record change takes the next number, so the
// change feed is "records with seq > cursor, in seq order". Call inside a transaction.
qint64 nextSequence(Store &store, qint64 databaseId);

// Gives every record of a unit a new sequence number. Used when a user's read right on the unit
// changes, so the feed re-reports those records: as upserts to users who see them, as
// removals to users who no longer do.
void touchUnitRecords(Store &store, qint64 unitId);

// Forgets the feed history: drops deleted records and makes every older cursor unknown,
// so clients with such a cursor start over.
void compactFeed(Store &store, qint64 databaseId);

} // namespace vaultlink::server
