#pragma once

#include "src/api/api_types.h"
#include "src/storage/mirror.h"

#include <QString>

#include <functional>
#include <memory>
#include <stdexcept>

namespace vaultlink {

class ApiClient;
class ServerSession;

struct SyncProgress {
    qint64 received = 0; // records received in this sync so far
    qint64 total = 0;    // records the user can see on the server
    bool fullResync = false;
};
using SyncProgressFn = std::function<void(const SyncProgress &)>;

struct SyncReport {
    qint64 upserts = 0;
    qint64 removals = 0;
    int pages = 0;
    qint64 count = 0; // records in the mirror afterwards
    bool fullResync = false;
    QString resyncReason;          // why a full resync ran, for the user
    bool integrityChecked = false; // repair found the file sound (SQLite integrity_check ok)
    Policy policy;
};

// The mirror and the server disagree even after a full resync; the old mirror is kept.
class SyncError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Where a profile's mirror lives, and how to open a file with its key (the key stays with the
// caller). A full resync builds `resyncPath` beside the mirror and renames it over `path` only
// once it is complete and verified.
struct MirrorFiles {
    QString path;
    QString resyncPath;
    std::function<std::unique_ptr<Mirror>(const QString &path)> open;
};

// Brings a mirror up to date from the change feed (docs/api.md §7.9): each page is applied with
// its cursor in one transaction, so an interrupted sync resumes where it stopped; the result is
// checked against the server's count and digest; an unknown cursor or a mismatch leads to a full
// resync that keeps the old mirror for the user until the new one is proven complete.
class Syncer {
public:
    Syncer(ServerSession &session, ApiClient &api, int pageSize = 1000);

    // Values the mirror carries that are not sync state (tokens, policy, times) are copied to a
    // resynced mirror: name them here.
    void setCarriedValues(QStringList keys) { m_carried = std::move(keys); }

    SyncReport sync(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                    const SyncProgressFn &progress = {});
    // What "fix sync errors" does: checks the file's integrity and its records against the
    // running digest, then syncs and verifies against the server; any mismatch is repaired by
    // a full resync.
    SyncReport repair(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                      const SyncProgressFn &progress = {});

private:
    struct Pass {
        qint64 upserts = 0;
        qint64 removals = 0;
        int pages = 0;
        qint64 totalCount = 0;
        QString totalDigest;
        Policy policy;
    };
    FeedPage fetch(const QString &cursor);
    Pass follow(Mirror &mirror, bool fullResync, const SyncProgressFn &progress);
    SyncReport fullResync(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                          const QString &reason, const SyncProgressFn &progress);

    ServerSession &m_session;
    ApiClient &m_api;
    int m_pageSize;
    QStringList m_carried;
};

} // namespace vaultlink
