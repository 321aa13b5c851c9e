#include "src/sync/syncer.h"

#include "src/api/api_client.h"
#include "src/sync/session.h"

#include <QFile>

#include <cstdio>

namespace vaultlink {

namespace {
bool matches(Mirror &mirror, qint64 count, const QString &digest) {
    const Mirror::SyncState state = mirror.syncState();
    return state.count == count && state.digest == digest;
}

// rename(2) replaces the target atomically: after a crash there is either the old mirror or
// the complete new one, never neither.
void replaceFile(const QString &from, const QString &to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw StorageError(StorageError::Kind::Io,
                           QStringLiteral("the resynchronized mirror could not replace the old "
                                          "one; the old mirror was kept"));
}
} // namespace

Syncer::Syncer(ServerSession &session, ApiClient &api, int pageSize)
    : m_session(session)
    , m_api(api)
    , m_pageSize(pageSize) {}

FeedPage Syncer::fetch(const QString &cursor) {
    const auto call = [&](const QString &token) {
        return m_api.changes(token, cursor, m_pageSize);
    };
    try {
        return m_session.run(call);
    } catch (const ApiError &error) {
        // The administrator may cap pages below what we ask for (feed-page-max); the server's
        // default size always fits.
        if (error.code() != QLatin1String("invalid-request") || m_pageSize <= 0)
            throw;
    }
    m_pageSize = 0;
    return m_session.run(call);
}

Syncer::Pass Syncer::follow(Mirror &mirror, bool fullResync, const SyncProgressFn &progress) {
    Pass pass;
    QString cursor = mirror.syncState().cursor;
    qint64 received = 0;
    for (;;) {
        const FeedPage page = fetch(cursor);
        mirror.applyPage(page.records, page.removed, page.cursor, page.sequence);
        m_session.notePolicy(page.policy);
        cursor = page.cursor;
        ++pass.pages;
        pass.upserts += page.records.size();
        pass.removals += page.removed.size();
        received += page.records.size();
        pass.totalCount = page.totalCount;
        pass.totalDigest = page.totalDigest;
        pass.policy = page.policy;
        if (progress)
            progress({received, page.totalCount, fullResync});
        if (!page.more)
            return pass;
    }
}

SyncReport Syncer::sync(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                        const SyncProgressFn &progress) {
    // A full resync that was interrupted goes on first: the mirror it replaces is out of date.
    if (QFile::exists(files.resyncPath))
        return fullResync(mirror, files, QStringLiteral("an earlier full resync was interrupted"),
                          progress);
    Pass pass;
    try {
        pass = follow(*mirror, false, progress);
    } catch (const ApiError &error) {
        if (error.code() != QLatin1String("cursor-unknown"))
            throw;
        return fullResync(mirror, files,
                          QStringLiteral("the server no longer knows this device's position in "
                                         "its history"),
                          progress);
    }
    if (!matches(*mirror, pass.totalCount, pass.totalDigest))
        return fullResync(mirror, files,
                          QStringLiteral("the mirror did not match the server's records"),
                          progress);
    SyncReport report;
    report.upserts = pass.upserts;
    report.removals = pass.removals;
    report.pages = pass.pages;
    report.count = mirror->syncState().count;
    report.policy = pass.policy;
    return report;
}

SyncReport Syncer::repair(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                          const SyncProgressFn &progress) {
    // A damaged file, or rows that no longer match the running digest, are rebuilt from the
    // server (the user asked for it; nothing is replaced silently).
    if (!mirror->integrityOk())
        return fullResync(mirror, files,
                          QStringLiteral("the local file failed SQLite's integrity check"),
                          progress);
    if (mirror->computeDigest() != mirror->syncState().digest)
        return fullResync(mirror, files,
                          QStringLiteral("the mirror's records differ from its own record of "
                                         "them"),
                          progress);
    SyncReport report = sync(mirror, files, progress);
    report.integrityChecked = true;
    return report;
}

SyncReport Syncer::fullResync(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                              const QString &reason, const SyncProgressFn &progress) {
    std::unique_ptr<Mirror> fresh = files.open(files.resyncPath);
    Pass pass;
    try {
        pass = follow(*fresh, true, progress);
    } catch (const ApiError &error) {
        if (error.code() != QLatin1String("cursor-unknown"))
            throw; // the partial resync stays and continues next time
        // The history moved again under an interrupted resync: start it from the beginning.
        fresh.reset();
        QFile::remove(files.resyncPath);
        fresh = files.open(files.resyncPath);
        pass = follow(*fresh, true, progress);
    }
    if (!matches(*fresh, pass.totalCount, pass.totalDigest) ||
        fresh->computeDigest() != pass.totalDigest) {
        fresh.reset();
        QFile::remove(files.resyncPath);
        throw SyncError("the server's records and this device's copy still differ after a full "
                        "resynchronization; the previous copy was kept");
    }
    QList<QPair<QString, QString>> carried;
    for (const QString &key : m_carried)
        carried.append({key, mirror->value(key)});
    fresh->setValues(carried);
    fresh->setUnits(mirror->units());
    mirror.reset();
    fresh.reset();
    replaceFile(files.resyncPath, files.path);
    mirror = files.open(files.path);

    SyncReport report;
    report.upserts = pass.upserts;
    report.removals = pass.removals;
    report.pages = pass.pages;
    report.count = mirror->syncState().count;
    report.fullResync = true;
    report.resyncReason = reason;
    report.policy = pass.policy;
    return report;
}

} // namespace vaultlink
