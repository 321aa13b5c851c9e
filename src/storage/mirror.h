#pragma once

#include "src/edits/pending_change.h"
#include "src/storage/encrypted_db.h"
#include "src/storage/file_checks.h"
#include "src/storage/layout_store.h"
#include "src/storage/record_row.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace vaultlink {

class SecureBuffer;
class SetDigest;

// Which records a list or a search looks at: every tab, the personal one, or one
// organizational unit's.
struct Tab {
    enum class Kind { All, Personal, Unit };
    Kind kind = Kind::All;
    qint64 unit = 0;

    static Tab all() { return {}; }
    static Tab personal() { return {Kind::Personal, 0}; }
    static Tab ofUnit(qint64 id) { return {Kind::Unit, id}; }
};

// What a list row shows; the whole record (with secrets) comes from Mirror::record().
struct RecordSummary {
    qint64 id = 0; // negative: created on this device, not on the server yet
    QString form;
    std::optional<qint64> unit; // empty for a personal record
    QString name;
    QString userName;
    QString url;
    QStringList tags;
    bool pending = false; // a change of this device waits to be sent, or was refused
    bool noted = false;   // a conflict or another note waits for the user
};

// A unit the user can read, with what else the user may do in it (docs/api.md §6).
struct StoredUnit {
    qint64 id = 0;
    QString name;
    bool add = false;
    bool edit = false;
    bool remove = false;
};

// What a local change or a push stores for one record, in one transaction (Mirror::updateLocal).
struct LocalUpdate {
    // The server's record as it now is (after a creation, under its server id), or that the
    // server no longer has it: the server's side, which the count and digest follow.
    std::optional<QJsonObject> server;
    bool serverGone = false;
    std::optional<PendingChange> change; // what is still to be sent (empty: nothing)
    QJsonObject shown;                   // the record as the device shows it (empty: none)
    QList<ChangeNote> notes;             // to add
    QList<HistoryEntry> history;         // to add
};

// A resolution (src/edits/pending_change.h) against the server's record as what to store: the
// values a password field lost in a conflict go to its history (with the time they were typed).
LocalUpdate localUpdateOf(const Resolution &resolution, const std::optional<QJsonObject> &remote);

// One profile's encrypted copy of the user's records (docs/api.md §6 record objects, stored
// compact: mirror_schema.cpp, step 6) with the feed position that goes with them.
//
// Thread safety: the public methods may be called from several threads at once; a mutex inside
// serializes them, each method (applyPage for its whole transaction) running alone. The sync
// applies a page on a worker thread while the session, fetching the next page, may store a
// refreshed token here (setValues). db() is not covered: use it only while no other thread uses
// the mirror.
class Mirror {
public:
    // Opens or creates the file; throws StorageError (wrong key, damaged, too new, I/O).
    static std::unique_ptr<Mirror> open(const QString &path, const SecureBuffer &key);
    ~Mirror();

    struct SyncState {
        QString cursor;      // empty before the first page
        qint64 sequence = 0; // the server's sequence with the last page applied
        qint64 count = 0;    // the server's records held (created here: not yet)
        QString digest;      // running docs/api.md §7.9 digest of the records held (64 hex)
    };
    SyncState syncState();

    // Applies one feed page (upserts replace whole records; removals of unknown ids are
    // ignored) and stores its cursor and sequence, all in one transaction: after a crash the
    // file holds either the page with its cursor or neither. Upserts go first, so an id in both
    // lists ends up removed. A record with a pending change of this device is not replaced but
    // merged with it (resolve(), src/edits/pending_change.h), in the same transaction. A page
    // holding something that is not a record object (no integer id, form, sequence, unit/personal,
    // or fields with a string `name`; RecordRow::fromJson, read with forms()), or an id that is
    // not positive (the device's own ids), throws std::invalid_argument and changes nothing; a
    // failing file throws StorageError.
    void applyPage(const QList<QJsonObject> &records, const QList<qint64> &removed,
                   const QString &cursor, qint64 sequence);
    // The same with the records already made into rows (RecordRow::fromJson, which throws for a
    // record that is not a record object): a caller may make them on another thread, e.g. while
    // the previous page is applied.
    void applyPage(const QList<RecordRow> &rows, const QList<qint64> &removed,
                   const QString &cursor, qint64 sequence);
    // The server's forms (GET /forms), which records of feed format 2 are read with (their
    // values come by key; order, type and label from the form): given before the first page of
    // such records, kept with the records, replaced as a whole.
    void setForms(const FormLayouts &forms);
    FormLayouts forms();

    // A sync filling an empty mirror (the first one, a full resync's new file) loads in bulk:
    // deferIndexes drops the records' secondary indexes while the mirror holds no record, and
    // buildIndexes, after the last page, builds them once from sorted entries (fuller pages, and
    // no index page changed again for each page of records). Lists and searches read the same
    // either way, only slower meanwhile. buildIndexes does nothing when they are there.
    void deferIndexes();
    void buildIndexes();

    // The digest recomputed from the records held, not from the running value.
    QString computeDigest();
    qint64 serverCount(); // SyncState::count

    // Small named values (tokens, policy, times), stored encrypted; setValues is atomic. An
    // empty value removes the key (value() then answers empty). Keys starting with "mirror." hold
    // the sync state: setValues refuses them (std::invalid_argument) and values() leaves them out.
    QString value(const QString &key);
    void setValues(const QList<QPair<QString, QString>> &values);
    QList<QPair<QString, QString>> values(); // all of them, to carry over to a new mirror
    // Reads `keys` (empty for one not held) and stores what `change` makes of them, in one
    // transaction: another process cannot write them in between.
    using ValueChange = std::function<QList<QPair<QString, QString>>(const QStringList &)>;
    void updateValues(const QStringList &keys, const ValueChange &change);

    void setUnits(const QList<StoredUnit> &units); // replaces all of them
    QList<StoredUnit> units();                     // by name, case-insensitively

    // Records in a tab ordered by name (case-insensitively, then by id), a page at a time;
    // limit < 0 means all.
    QList<RecordSummary> list(const Tab &tab, int offset, int limit);
    qint64 count(const Tab &tab);
    // In the order given; ids the mirror does not hold are left out.
    QList<RecordSummary> summaries(const QList<qint64> &ids);
    std::optional<QJsonObject> record(qint64 id); // the format-1 object as applied
    QList<qint64> ids();                          // every record id held, ascending

    // --- Changes made on this device (src/edits/pending_change.h) ---
    // The record's pending change and shown record (either may be empty) are handed to `decide`,
    // and what it answers is stored, in one transaction: nothing can change them in between.
    // A server record deleted here stays counted (count, digest) until the server's deletion
    // arrives; a record created here (negative id) is not counted until the server has it.
    using LocalDecision = std::function<LocalUpdate(const std::optional<PendingChange> &pending,
                                                    const std::optional<QJsonObject> &shown)>;
    void updateLocal(qint64 recordId, const LocalDecision &decide);
    // Several of them, in order, in one transaction (a push storing the answers it got
    // together): all are stored or, when a decision throws, none.
    void updateLocalAll(const QList<QPair<qint64, LocalDecision>> &updates);
    qint64 newLocalId(); // -1, -2, …: never given twice by this mirror
    // The id a record shown here under `id` has now (the same when it never moved): a record
    // created here takes the server's id once sent, one created again takes a new local id.
    qint64 currentId(qint64 id);

    // Autofill (src/autofill): what matching needs of the records indexed under `key`
    // (autofillKey: a site, or an app's address) and of every record whose match mode is a
    // regular expression, read through the index (no other record is read); never a secret.
    struct AutofillRow {
        qint64 id = 0;
        QString name;
        QString userName;
        QString url;
        QString mode;  // matchModeName; empty: the default
        QString certs; // the app certificates confirmed, hex SHA-256 digests separated by ','
    };
    QList<AutofillRow> autofillRows(const QString &key);
    // The record's match mode on this device (empty or "default": the default), the apps
    // confirmed for it kept.
    void setAutofillMode(qint64 id, const QString &mode);
    // An app's certificate digest (hex SHA-256) the user confirmed for the record, beside any
    // confirmed before; its mode kept.
    void confirmAutofillApp(qint64 id, const QString &certHex);
    QList<PendingChange> pendingChanges(); // in the order each record was first changed
    std::optional<PendingChange> pendingChange(qint64 recordId);
    qint64 pendingCount();
    QList<ChangeNote> notes(std::optional<qint64> recordId = std::nullopt); // with their ids
    void dropNote(qint64 noteId);
    QList<HistoryEntry> history(qint64 recordId); // newest first
    // Takes over another mirror's local changes, notes and history (a full resync's new mirror
    // takes the old one's), merging each pending change with the server's record held here.
    void adoptLocalChanges(Mirror &old);

    bool integrityOk();
    // EncryptedDb::pagesReadable; when they all read, that is remembered for the file while the
    // process holds it open (OpenFile), on this connection or another.
    bool pagesReadable();
    // Whether every page of the file was read without a fault since this process opened it.
    bool pagesReadSinceOpened() const;
    // The mirror keeps a write-ahead log beside its file (path + "-wal", "-shm") while open; an
    // open after a crash applies it. This folds the log into the file and switches the file to
    // a rollback journal, so that the file alone holds the mirror and may be renamed (the mirror
    // stays usable; the next open switches back). Throws StorageError when another connection
    // holds the file.
    void makeSelfContained();
    EncryptedDb &db() { return *m_db; }

private:
    Mirror(std::unique_ptr<EncryptedDb> db, std::optional<OpenFile> file);
    // Inside a transaction: the sequence of the server's record with this id as held (in the
    // records or, deleted here, in the trash), and the storing of one LocalUpdate.
    std::optional<qint64> serverSequence(qint64 id);
    void storeUpdate(SetDigest &digest, qint64 recordId, const LocalUpdate &update);
    void insertRow(Statement &insert, RecordRow row);
    qint64 takeLocalId();
    // m_db->transaction, and the layouts a rolled-back one stored forgotten.
    template <typename Work> void write(Work &&work);
    using Lock = std::lock_guard<std::recursive_mutex>;
    std::recursive_mutex m_mutex; // recursive: syncState() calls count()
    std::unique_ptr<EncryptedDb> m_db;
    std::unique_ptr<LayoutStore> m_layouts;
    std::optional<OpenFile> m_file;
};

template <typename Work> void Mirror::write(Work &&work) {
    try {
        m_db->transaction(std::forward<Work>(work));
    } catch (...) {
        m_layouts->rolledBack();
        throw;
    }
    m_layouts->committed();
}

} // namespace vaultlink
