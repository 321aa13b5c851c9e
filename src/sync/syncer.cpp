#include "src/sync/syncer.h"

#include "src/api/api_client.h"
#include "src/api/api_error.h"
#include "src/api/api_parse.h"
#include "src/base/message_catalog.h"
#include "src/sync/session.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <future>
#include <optional>
#include <stdexcept>
#include <utility>

namespace vaultlink {

namespace {
bool matches(Mirror &mirror, qint64 count, const QString &digest) {
    const Mirror::SyncState state = mirror.syncState();
    return state.count == count && state.digest == digest;
}

// A mirror's file with what SQLite keeps beside it (write-ahead log, its index, a rollback
// journal). Left behind, these would be applied to whatever file next takes the name.
void removeCompanions(const QString &path) {
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void removeMirrorFile(const QString &path) {
    QFile::remove(path);
    removeCompanions(path);
}

// rename(2) replaces the target atomically: after a crash there is either the old mirror or
// the complete new one, never neither.
void replaceFile(const QString &from, const QString &to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw StorageError(
            StorageError::Kind::Io,
            QStringLiteral("rename %1: %2")
                .arg(QFileInfo(to).fileName(), QString::fromLocal8Bit(std::strerror(errno))));
}
} // namespace

FormLayouts formLayouts(const QList<FormInfo> &forms) {
    FormLayouts layouts;
    for (const FormInfo &form : forms) {
        QList<FormLayout::Field> fields;
        for (const FormField &field : form.fields)
            fields.append({field.key, field.type, field.label});
        layouts.append(std::make_shared<const FormLayout>(form.id, std::move(fields)));
    }
    return layouts;
}

Syncer::Syncer(ServerSession &session, ApiClient &api, int pageSize)
    : m_session(session)
    , m_api(api)
    , m_pageSize(pageSize)
    , m_format(pageSize > kOlderPageSize ? 2 : 1) {}

FeedPage Syncer::fetch(const QString &cursor) {
    const auto call = [&](const QString &token) {
        return m_api.changes(token, cursor, m_pageSize, m_format);
    };
    // The administrator may cap pages below what we ask for (feed-page-max), and a server may
    // refuse what it does not know: first the size and format older servers answered (1,000
    // records of format 1), then the server's default size, which always fits.
    for (;;) {
        try {
            return m_session.run(call);
        } catch (const ApiError &error) {
            if (error.code() != QLatin1String("invalid-request") || m_pageSize <= 0)
                throw;
        }
        const bool compact = m_format > 1 && m_pageSize > kOlderPageSize;
        m_pageSize = compact ? kOlderPageSize : 0;
        m_format = compact ? 1 : m_format;
    }
}

FormLayouts Syncer::fetchForms() {
    return formLayouts(m_session.run([&](const QString &token) { return m_api.forms(token); }));
}

namespace {
// A page's records read and made into rows (the folding, the compact form), in either format
// (parseFeedRecord checks both; a record of format 2 has `values`), a format-1 record keeping
// its text as received for the case the compact form cannot hold it. A record outside the
// contract is the server's bad answer, whichever check finds it; one of a form `forms` does not
// list throws UnknownForm (the forms are fetched again).
QList<RecordRow> rowsOf(const FeedPage &page, const FormLayouts &forms) {
    QList<RecordRow> rows;
    rows.reserve(page.records.size());
    for (qsizetype i = 0; i < page.records.size(); ++i) {
        const QJsonObject record = parseFeedRecord(page.records[i], i);
        const bool format2 = record.contains(QLatin1String("values"));
        try {
            rows.append(
                RecordRow::fromJson(record, forms, format2 ? QByteArray() : page.records[i]));
        } catch (const UnknownForm &) {
            throw;
        } catch (const std::invalid_argument &error) {
            throw ApiError::badAnswer(QString::fromUtf8(error.what()));
        }
        // Ids at or below zero are the device's own, for records not on the server yet.
        if (rows.last().id <= 0)
            throw ApiError::badAnswer(QStringLiteral("a record id that is not positive"));
    }
    for (const qint64 id : page.removed)
        if (id <= 0)
            throw ApiError::badAnswer(QStringLiteral("a removed id that is not positive"));
    return rows;
}
} // namespace

Syncer::Pass Syncer::follow(Mirror &mirror, bool fullResync, const SyncProgressFn &progress) {
    // Page N is read, made into rows and applied on a worker thread while page N + 1 is fetched
    // here: the syncing thread only cuts a page apart to find the next cursor (parseFeedPage), so
    // the client's work and the server's overlap. Each page is still applied with its cursor in
    // one transaction, in order, and no apply is left running when this returns or throws; an
    // apply's failure is reported before that of the fetch that overlapped it, as without the
    // overlap. A fetch may refresh the token and store it in this very mirror meanwhile; Mirror
    // serializes that with the apply.
    Pass pass;
    qint64 received = 0;
    const QString cursor = mirror.syncState().cursor;
    // From the feed's start the mirror is empty (or holds only records created here): filled in
    // bulk, its indexes built after the last page.
    if (cursor.isEmpty())
        mirror.deferIndexes();
    FormLayouts forms = mirror.forms();
    bool formsFetched = false;
    const auto apply = [&mirror, &forms](const FeedPage &page) {
        mirror.applyPage(rowsOf(page, forms), page.removed, page.cursor, page.sequence);
    };
    // The apply's outcome; a record of a form the mirror's forms do not list has them fetched
    // again (once a sync: the server's may be newer) and its page applied with them.
    const auto settle = [&](std::future<void> &applied, const FeedPage &page) {
        try {
            applied.get();
            return;
        } catch (const UnknownForm &error) {
            if (formsFetched)
                throw ApiError::badAnswer(QString::fromUtf8(error.what()));
        }
        formsFetched = true;
        mirror.setForms(fetchForms());
        forms = mirror.forms();
        try {
            apply(page);
        } catch (const UnknownForm &error) {
            throw ApiError::badAnswer(QString::fromUtf8(error.what()));
        }
    };
    FeedPage page = fetch(cursor);
    for (;;) {
        std::future<void> applied =
            std::async(std::launch::async, [&apply, &page] { apply(page); });
        std::optional<FeedPage> next;
        if (page.more) {
            try {
                next = fetch(page.cursor);
            } catch (...) {
                settle(applied, page); // rethrows the apply's failure, if any
                // The page is kept: say so, and how much the server holds (what is missing).
                if (progress)
                    progress({received + page.records.size(), page.totalCount, fullResync});
                throw;
            }
        }
        settle(applied, page);
        m_session.notePolicy(page.policy);
        ++pass.pages;
        pass.upserts += page.records.size();
        pass.removals += page.removed.size();
        received += page.records.size();
        pass.totalCount = page.totalCount;
        pass.totalDigest = page.totalDigest;
        pass.policy = page.policy;
        if (progress)
            progress({received, page.totalCount, fullResync});
        if (!next) {
            mirror.buildIndexes();
            return pass;
        }
        page = std::move(*next);
    }
}

Message resyncMessage(ResyncReason reason) {
    switch (reason) {
    case ResyncReason::Interrupted:
        return Message(msg::ResyncInterrupted);
    case ResyncReason::CursorUnknown:
        return Message(msg::ResyncCursorUnknown);
    case ResyncReason::Mismatch:
        return Message(msg::ResyncMismatch);
    case ResyncReason::Integrity:
        return Message(msg::ResyncIntegrity);
    case ResyncReason::Digest:
        return Message(msg::ResyncDigest);
    case ResyncReason::Damaged:
        return Message(msg::ResyncDamaged);
    case ResyncReason::None:
        break;
    }
    return {};
}

namespace {
bool isDamage(const StorageError &error) {
    return error.kind() == StorageError::Kind::Corrupt ||
           error.kind() == StorageError::Kind::Undecryptable;
}

// Whether every page of the mirror's file reads, on a connection of its own (closed before this
// returns: a full resync needs the file to itself).
bool pagesReadable(const MirrorFiles &files) {
    try {
        return files.open(files.path)->pagesReadable();
    } catch (const StorageError &error) {
        if (isDamage(error))
            return false;
        throw;
    }
}
} // namespace

SyncReport Syncer::sync(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                        const SyncProgressFn &progress) {
    return followChanges(mirror, files, progress, true);
}

SyncReport Syncer::followChanges(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                                 const SyncProgressFn &progress, bool checkPages) {
    // A full resync that was interrupted goes on first: the mirror it replaces is out of date.
    if (QFile::exists(files.resyncPath))
        return fullResync(mirror, files, ResyncReason::Interrupted, progress);
    // The changes read and write only the pages they touch, and the count and digest compared
    // below are the mirror's own running values: neither would notice a page damaged elsewhere.
    // So every page is read too (SQLCipher checks each one's HMAC), meanwhile, on a worker: the
    // sync waits mostly for the server.
    // Once per opening of the file by this process (OpenFile): its own writes keep the pages
    // readable, and an app unlocked for hours syncs often.
    std::future<bool> readable;
    if (checkPages && !mirror->pagesReadSinceOpened())
        readable = std::async(std::launch::async, [&files] { return pagesReadable(files); });
    const auto damaged = [&readable] { return readable.valid() && !readable.get(); };
    Pass pass;
    try {
        pass = follow(*mirror, false, progress);
    } catch (const ApiError &error) {
        if (error.code() != QLatin1String("cursor-unknown"))
            throw;
        return fullResync(mirror, files,
                          damaged() ? ResyncReason::Damaged : ResyncReason::CursorUnknown,
                          progress);
    } catch (const StorageError &error) {
        // A page the changes touched did not read.
        if (!isDamage(error))
            throw;
        if (readable.valid())
            readable.wait();
        return fullResync(mirror, files, ResyncReason::Damaged, progress);
    }
    if (damaged())
        return fullResync(mirror, files, ResyncReason::Damaged, progress);
    if (!matches(*mirror, pass.totalCount, pass.totalDigest))
        return fullResync(mirror, files, ResyncReason::Mismatch, progress);
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
        return fullResync(mirror, files, ResyncReason::Integrity, progress);
    if (mirror->computeDigest() != mirror->syncState().digest)
        return fullResync(mirror, files, ResyncReason::Digest, progress);
    // integrity_check read every page already.
    SyncReport report = followChanges(mirror, files, progress, false);
    report.integrityChecked = true;
    return report;
}

SyncReport Syncer::fullResync(std::unique_ptr<Mirror> &mirror, const MirrorFiles &files,
                              ResyncReason reason, const SyncProgressFn &progress) {
    // The new mirror reads format-2 records with the same forms.
    const FormLayouts forms = mirror->forms();
    std::unique_ptr<Mirror> fresh = files.open(files.resyncPath);
    fresh->setForms(forms);
    Pass pass;
    try {
        pass = follow(*fresh, true, progress);
    } catch (const ApiError &error) {
        if (error.code() != QLatin1String("cursor-unknown"))
            throw; // the partial resync stays and continues next time
        // The history moved again under an interrupted resync: start it from the beginning.
        fresh.reset();
        removeMirrorFile(files.resyncPath);
        fresh = files.open(files.resyncPath);
        fresh->setForms(forms);
        pass = follow(*fresh, true, progress);
    }
    if (!matches(*fresh, pass.totalCount, pass.totalDigest) ||
        fresh->computeDigest() != pass.totalDigest) {
        fresh.reset();
        removeMirrorFile(files.resyncPath);
        throw SyncError(
            "count or digest still differ after a full resync; the old mirror was kept");
    }
    QList<QPair<QString, QString>> carried;
    for (const QString &key : m_carried)
        carried.append({key, mirror->value(key)});
    fresh->setValues(carried);
    fresh->setUnits(mirror->units());
    // What this device changed and the server does not hold yet is merged into the new mirror.
    fresh->adoptLocalChanges(*mirror);
    // Both files self-contained (no write-ahead log), then closed: what is left beside the old
    // file's name is stale and must not be applied to the new file, so it goes before the rename.
    fresh->makeSelfContained();
    mirror->makeSelfContained();
    mirror.reset();
    fresh.reset();
    removeCompanions(files.path);
    replaceFile(files.resyncPath, files.path);
    mirror = files.open(files.path);

    SyncReport report;
    report.upserts = pass.upserts;
    report.removals = pass.removals;
    report.pages = pass.pages;
    report.count = mirror->syncState().count;
    report.fullResync = true;
    report.resync = reason;
    report.policy = pass.policy;
    return report;
}

} // namespace vaultlink
