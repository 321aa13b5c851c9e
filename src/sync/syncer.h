#pragma once

#include "src/api/api_types.h"
#include "src/base/message.h"
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
    // While this device's changes are sent, before any record is received (src/sync/pusher.h):
    // received and total are then 0.
    bool sending = false;
    qint64 sent = 0;
    qint64 toSend = 0;
};
using SyncProgressFn = std::function<void(const SyncProgress &)>;

// The server's forms (GET /forms) as the mirror keeps them (Mirror::setForms).
FormLayouts formLayouts(const QList<FormInfo> &forms);

// Why a sync rebuilt the mirror from scratch (the user is told).
enum class ResyncReason {
    None,
    Interrupted,   // an earlier full resync had not finished
    CursorUnknown, // the server no longer knows this device's place in its history
    Mismatch,      // after the changes, the mirror did not match the server's count and digest
    Integrity,     // repair: the file failed SQLite's integrity check
    Digest,        // repair: the rows differ from the mirror's own running digest
    Damaged,       // a page of the file no longer reads (found by every sync, not only repair)
};

// What the user is told of it (keys resync-…); empty for None.
Message resyncMessage(ResyncReason reason);

struct SyncReport {
    qint64 upserts = 0;
    qint64 removals = 0;
    int pages = 0;
    qint64 count = 0; // records in the mirror afterwards
    bool fullResync = false;
    ResyncReason resync = ResyncReason::None; // why a full resync ran
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
// resync that keeps the old mirror for the user until the new one is proven complete. Records
// come in either feed format (RecordRow); those of format 2 are read with the forms the mirror
// holds (the caller gives them before the first sync), fetched again once when a record names
// a form they do not list. A sync from the feed's start fills the mirror in bulk
// (Mirror::deferIndexes).
class Syncer {
public:
    // Pages of 5,000 compact records (feed format 2): on a mobile link each page costs a round
    // trip, and 20 of them for 100,000 records instead of 100 save seconds. A page size of at
    // most kOlderPageSize asks for format 1, as clients did before format 2.
    Syncer(ServerSession &session, ApiClient &api, int pageSize = 5000);
    static constexpr int kOlderPageSize = 1000;

    // Values the mirror carries that are not sync state (tokens, policy, times) are copied to a
    // resynced mirror: name them here.
    void setCarriedValues(QStringList keys) { m_carried = std::move(keys); }

    // Also reads every page of the file, on a connection of its own while the feed is fetched
    // and applied, so that it never vouches for a file it cannot read: a damaged one is rebuilt
    // (ResyncReason::Damaged). Once per opening of the file by this process (OpenFile): a later
    // sync while the file stays open skips it.
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
    FormLayouts fetchForms();
    SyncReport followChanges(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                             const SyncProgressFn &progress, bool checkPages);
    Pass follow(Mirror &mirror, bool fullResync, const SyncProgressFn &progress);
    SyncReport fullResync(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                          ResyncReason reason, const SyncProgressFn &progress);

    ServerSession &m_session;
    ApiClient &m_api;
    int m_pageSize;
    int m_format;
    QStringList m_carried;
};

} // namespace vaultlink
