// The mirror's side of changes made on this device (mirror.h, "Changes made on this device").
#include "src/edits/change_json.h"
#include "src/storage/mirror.h"
#include "src/storage/mirror_schema.h"
#include "src/storage/set_digest.h"

#include <QJsonDocument>
#include <QUuid>

#include <stdexcept>
#include <tuple>

namespace vaultlink {

namespace {
constexpr char kDigest[] = "mirror.digest";
constexpr char kLocalIds[] = "mirror.localIds"; // local ids given so far

// A change made here is a few pages, written while the user waits: copying the write-ahead log
// back into the file waits for the sync (EncryptedDb::deferCheckpoints).
class DeferredCheckpoints {
public:
    explicit DeferredCheckpoints(EncryptedDb &db)
        : m_db(db) {
        m_db.deferCheckpoints(true);
    }
    ~DeferredCheckpoints() { m_db.deferCheckpoints(false); }
    DeferredCheckpoints(const DeferredCheckpoints &) = delete;
    DeferredCheckpoints &operator=(const DeferredCheckpoints &) = delete;

private:
    EncryptedDb &m_db;
};

QString readMeta(EncryptedDb &db, const char *key) {
    Statement select = db.prepare("SELECT value FROM meta WHERE key = ?");
    select.bind(1, QByteArrayView(key));
    return select.step() ? select.text(0) : QString();
}

void writeMeta(EncryptedDb &db, const char *key, const QString &value) {
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)")
        .bind(1, QByteArrayView(key))
        .bind(2, value)
        .run();
}

QString newClientRef() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 idOf(const QJsonObject &record) {
    return record.value(QLatin1String("id")).toInteger();
}

std::optional<qint64> queuedAt(EncryptedDb &db, qint64 id) {
    Statement select = db.prepare("SELECT queued FROM outbox WHERE record_id = ?");
    select.bind(1, id);
    return select.step() ? std::optional(select.int64(0)) : std::nullopt;
}

void rekey(EncryptedDb &db, const char *table, qint64 from, qint64 to) {
    db.prepare(std::string("UPDATE ") + table + " SET record_id = ? WHERE record_id = ?")
        .bind(1, to)
        .bind(2, from)
        .run();
}
} // namespace

LocalUpdate localUpdateOf(const Resolution &resolution, const std::optional<QJsonObject> &remote) {
    LocalUpdate update;
    update.server = remote;
    update.serverGone = !remote;
    update.notes = resolution.notes;
    switch (resolution.outcome) {
    case Resolution::Outcome::Send:
    case Resolution::Outcome::Recreate:
        update.change = resolution.change;
        update.shown = resolution.shown;
        break;
    case Resolution::Outcome::Settled:
    case Resolution::Outcome::Restore:
        update.shown = resolution.shown;
        break;
    case Resolution::Outcome::Gone:
        break;
    }
    for (const ChangeNote &note : resolution.notes)
        if (note.kind == ChangeNote::Kind::Field && note.type == QLatin1String("password"))
            update.history.append({note.recordId, note.key, note.local.value, note.local.at,
                                   HistoryEntry::Why::LostConflict});
    return update;
}

std::optional<qint64> Mirror::serverSequence(qint64 id) {
    if (id <= 0)
        return std::nullopt;
    Statement select = m_db->prepare(
        "SELECT sequence FROM records WHERE id = ?1 UNION ALL SELECT sequence FROM trash WHERE "
        "id = ?1");
    select.bind(1, id);
    return select.step() ? std::optional(select.int64(0)) : std::nullopt;
}

qint64 Mirror::takeLocalId() {
    const qint64 given = readMeta(*m_db, kLocalIds).toLongLong() + 1;
    writeMeta(*m_db, kLocalIds, QString::number(given));
    return -given;
}

void Mirror::storeUpdate(SetDigest &digest, qint64 recordId, const LocalUpdate &update) {
    // The server's side first: the count and digest follow only what the server holds. (Plain
    // values, not an optional reassigned: GCC's -O3 flow analysis took that for uninitialized.)
    const qint64 serverId = update.server ? idOf(*update.server) : recordId;
    const std::optional<qint64> held = serverSequence(serverId);
    bool onServer = held.has_value();
    qint64 sequence = held.value_or(0);
    if (update.server || update.serverGone) {
        if (onServer)
            digest.toggle(serverId, sequence);
        onServer = update.server.has_value();
        sequence = onServer ? update.server->value(QLatin1String("sequence")).toInteger() : 0;
        if (onServer)
            digest.toggle(serverId, sequence);
    }
    // Then what the device shows: the record's row, or for a server record deleted here, its
    // place in the trash.
    Statement removeRow = m_db->prepare("DELETE FROM records WHERE id = ?");
    Statement removeTrash = m_db->prepare("DELETE FROM trash WHERE id = ?");
    for (const qint64 id : {recordId, serverId}) {
        removeRow.bind(1, id).run();
        removeTrash.bind(1, id).run();
    }
    const qint64 shownId = update.shown.isEmpty() ? 0 : idOf(update.shown);
    if (shownId != 0) {
        Statement insert = m_db->prepare(kInsertRecord);
        insertRow(insert, RecordRow::stored(update.shown, shownId > 0 ? sequence : 0));
    } else if (onServer) {
        m_db->prepare("INSERT INTO trash(id, sequence) VALUES(?, ?)")
            .bind(1, serverId)
            .bind(2, sequence)
            .run();
    }
    // The outbox keeps the record's place in the queue.
    const std::optional<qint64> queued = queuedAt(*m_db, recordId);
    Statement removeChange = m_db->prepare("DELETE FROM outbox WHERE record_id = ?");
    removeChange.bind(1, recordId).run();
    removeChange.bind(1, serverId).run();
    if (update.change) {
        qint64 place = queued.value_or(0);
        if (!queued)
            place = m_db->queryText(QStringLiteral("SELECT coalesce(max(queued), 0) + 1 FROM "
                                                   "outbox"))
                        .toLongLong();
        m_db->prepare("INSERT INTO outbox(record_id, queued, change) VALUES(?, ?, ?)")
            .bind(1, update.change->recordId)
            .bind(2, place)
            .bind(3, toJson(*update.change))
            .run();
    }
    // Notes, history and autofill choices follow the record to its new id; with nothing left
    // of the record they go with it.
    const qint64 newId = update.change ? update.change->recordId : shownId;
    if (newId == 0) {
        for (const char *table : {"notes", "history", "autofill_rules"})
            m_db->prepare(std::string("DELETE FROM ") + table + " WHERE record_id = ?")
                .bind(1, recordId)
                .run();
    } else if (newId != recordId) {
        rekey(*m_db, "notes", recordId, newId);
        rekey(*m_db, "history", recordId, newId);
        m_db->prepare("DELETE FROM autofill_rules WHERE record_id = ?").bind(1, newId).run();
        rekey(*m_db, "autofill_rules", recordId, newId);
        m_db->prepare("INSERT OR REPLACE INTO moved(from_id, to_id) VALUES(?, ?)")
            .bind(1, recordId)
            .bind(2, newId)
            .run();
    }
    Statement addNote = m_db->prepare("INSERT INTO notes(record_id, note) VALUES(?, ?)");
    for (ChangeNote note : update.notes) {
        if (newId != 0)
            note.recordId = newId;
        addNote.bind(1, note.recordId).bind(2, toJson(note)).run();
    }
    Statement addHistory = m_db->prepare("INSERT INTO history(record_id, entry) VALUES(?, ?)");
    for (HistoryEntry entry : update.history) {
        if (newId != 0)
            entry.recordId = newId;
        addHistory.bind(1, entry.recordId).bind(2, toJson(entry)).run();
    }
}

void Mirror::updateLocal(qint64 recordId, const LocalDecision &decide) {
    updateLocalAll({{recordId, decide}});
}

void Mirror::updateLocalAll(const QList<QPair<qint64, LocalDecision>> &updates) {
    const Lock lock(m_mutex);
    const DeferredCheckpoints deferred(*m_db);
    write([&] {
        SetDigest digest = SetDigest::fromHex(readMeta(*m_db, kDigest));
        for (const auto &[recordId, decide] : updates) {
            const LocalUpdate update = decide(pendingChange(recordId), record(recordId));
            storeUpdate(digest, recordId, update);
        }
        writeMeta(*m_db, kDigest, digest.hex());
    });
}

qint64 Mirror::currentId(qint64 id) {
    const Lock lock(m_mutex);
    Statement next = m_db->prepare("SELECT to_id FROM moved WHERE from_id = ?");
    // A record moves at most from the server's id to a local one and back to the server's
    // (created again); the bound only guards against a damaged table.
    for (int hop = 0; hop < 16; ++hop) {
        next.bind(1, id);
        if (!next.step())
            break;
        id = next.int64(0);
        next.reset();
    }
    return id;
}

qint64 Mirror::newLocalId() {
    const Lock lock(m_mutex);
    const DeferredCheckpoints deferred(*m_db);
    return m_db->transaction([&] { return takeLocalId(); });
}

QList<PendingChange> Mirror::pendingChanges() {
    const Lock lock(m_mutex);
    QList<PendingChange> changes;
    Statement select = m_db->prepare("SELECT change FROM outbox ORDER BY queued");
    while (select.step())
        if (auto change = pendingChangeFromJson(select.utf8(0).toByteArray()))
            changes.append(*change);
    return changes;
}

std::optional<PendingChange> Mirror::pendingChange(qint64 recordId) {
    const Lock lock(m_mutex);
    Statement select = m_db->prepare("SELECT change FROM outbox WHERE record_id = ?");
    select.bind(1, recordId);
    if (!select.step())
        return std::nullopt;
    return pendingChangeFromJson(select.utf8(0).toByteArray());
}

qint64 Mirror::pendingCount() {
    const Lock lock(m_mutex);
    return m_db->queryText(QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
}

QList<ChangeNote> Mirror::notes(std::optional<qint64> recordId) {
    const Lock lock(m_mutex);
    Statement select =
        m_db->prepare(recordId ? "SELECT id, note, record_id FROM notes WHERE record_id = ? "
                                 "ORDER BY id"
                               : "SELECT id, note, record_id FROM notes ORDER BY id");
    if (recordId)
        select.bind(1, *recordId);
    QList<ChangeNote> result;
    while (select.step())
        if (auto note = changeNoteFromJson(select.utf8(1).toByteArray())) {
            note->id = select.int64(0);
            note->recordId = select.int64(2); // the column follows the record to its new id
            result.append(*note);
        }
    return result;
}

void Mirror::dropNote(qint64 noteId) {
    const Lock lock(m_mutex);
    m_db->transaction(
        [&] { m_db->prepare("DELETE FROM notes WHERE id = ?").bind(1, noteId).run(); });
}

QList<HistoryEntry> Mirror::history(qint64 recordId) {
    const Lock lock(m_mutex);
    Statement select =
        m_db->prepare("SELECT entry FROM history WHERE record_id = ? ORDER BY id DESC");
    select.bind(1, recordId);
    QList<HistoryEntry> result;
    while (select.step())
        if (auto entry = historyEntryFromJson(select.utf8(0).toByteArray())) {
            entry->recordId = recordId;
            result.append(*entry);
        }
    return result;
}

void Mirror::adoptLocalChanges(Mirror &old) {
    const QList<PendingChange> changes = old.pendingChanges();
    const QList<ChangeNote> oldNotes = old.notes();
    QList<HistoryEntry> oldHistory;
    {
        const Lock oldLock(old.m_mutex);
        Statement select = old.m_db->prepare("SELECT entry, record_id FROM history ORDER BY id");
        while (select.step())
            if (auto entry = historyEntryFromJson(select.utf8(0).toByteArray())) {
                entry->recordId = select.int64(1);
                oldHistory.append(*entry);
            }
    }
    const QString localIds = [&] {
        const Lock oldLock(old.m_mutex);
        return readMeta(*old.m_db, kLocalIds);
    }();
    // The user's autofill choices (match modes, confirmed apps) are this device's too.
    QList<std::tuple<qint64, QString, QString>> rules;
    {
        const Lock oldLock(old.m_mutex);
        Statement select = old.m_db->prepare("SELECT record_id, mode, certs FROM autofill_rules");
        while (select.step())
            rules.append({select.int64(0), select.text(1), select.text(2)});
    }
    const Lock lock(m_mutex);
    write([&] {
        writeMeta(*m_db, kLocalIds, localIds);
        Statement addRule = m_db->prepare(
            "INSERT OR REPLACE INTO autofill_rules(record_id, mode, certs) VALUES(?, ?, ?)");
        for (const auto &[id, mode, certs] : std::as_const(rules))
            addRule.bind(1, id).bind(2, mode).bind(3, certs).run();
        Statement addNote = m_db->prepare("INSERT INTO notes(record_id, note) VALUES(?, ?)");
        for (const ChangeNote &note : oldNotes)
            addNote.bind(1, note.recordId).bind(2, toJson(note)).run();
        Statement addHistory = m_db->prepare("INSERT INTO history(record_id, entry) VALUES(?, ?)");
        for (const HistoryEntry &entry : oldHistory)
            addHistory.bind(1, entry.recordId).bind(2, toJson(entry)).run();
        SetDigest digest = SetDigest::fromHex(readMeta(*m_db, kDigest));
        for (const PendingChange &change : changes) {
            const std::optional<QJsonObject> remote =
                change.recordId > 0 ? record(change.recordId) : std::nullopt;
            const Resolution resolution = resolve(change, remote, {takeLocalId(), newClientRef()});
            LocalUpdate update = localUpdateOf(resolution, remote);
            // Only the local side changes here: the server's side is what was just received.
            update.server.reset();
            update.serverGone = false;
            storeUpdate(digest, change.recordId, update);
        }
        writeMeta(*m_db, kDigest, digest.hex());
    });
}

} // namespace vaultlink
