#pragma once

#include <QString>

namespace vaultlink::server {

class Store;

struct SeedResult {
    qint64 created = 0;
    qint64 personal = 0;
    qint64 global = 0;
};

// Adds `count` realistic records for a user: about a third personal, the rest spread over the
// units the user may add to (a unit "Shared" is created and granted when there is none).
// Deterministic: the same database name, user name and count give the same records.
SeedResult seedRecords(Store &store, qint64 databaseId, qint64 userId, qint64 count, qint64 nowMs);

} // namespace vaultlink::server
