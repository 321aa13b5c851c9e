#include "src/storage/mirror.h"

#include "src/autofill/app_identity.h"
#include "src/storage/mirror_schema.h"
#include "src/storage/record_row.h"
#include "src/storage/search_index.h"
#include "src/storage/set_digest.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <stdexcept>

namespace vaultlink {

namespace {
// Room for both name indexes of 100,000 records (SQLite's default is 2 MB); see Mirror::open.
const QString kCacheSize = QStringLiteral("PRAGMA cache_size = -16384");
const QString kBulkCacheSize = QStringLiteral("PRAGMA cache_size = -1024");
} // namespace

namespace {
// Sync state shares the meta table with the caller's values; this prefix keeps them apart.
constexpr char kReservedPrefix[] = "mirror.";
constexpr char kCursor[] = "mirror.cursor";
constexpr char kSequence[] = "mirror.sequence";
constexpr char kDigest[] = "mirror.digest";
constexpr char kAutofillKeys[] = "mirror.autofill-keys"; // "1": every row has its key

QString readMeta(EncryptedDb &db, const char *key) {
    Statement select = db.prepare("SELECT value FROM meta WHERE key = ?");
    select.bind(1, QByteArrayView(key));
    return select.step() ? select.text(0) : QString();
}

// Rows written before schema 5 have no autofill key: given once, in one transaction.
void fillAutofillKeys(EncryptedDb &db) {
    if (readMeta(db, kAutofillKeys) == QLatin1String("1"))
        return;
    db.transaction([&] {
        QList<QPair<qint64, QString>> keys;
        Statement select = db.prepare("SELECT id, url FROM records WHERE url != '' AND site = ''");
        while (select.step())
            if (QString key = autofillKey(select.text(1)); !key.isEmpty())
                keys.append({select.int64(0), key});
        Statement update = db.prepare("UPDATE records SET site = ? WHERE id = ?");
        for (const auto &[id, key] : std::as_const(keys))
            update.bind(1, key).bind(2, id).run();
        Statement done = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, '1')");
        done.bind(1, QByteArrayView(kAutofillKeys)).run();
    });
}

// After the conversion to the compact records (schema 6) most of the file is free pages: VACUUM
// writes what is left into a new file of its size (mirror_schema.cpp, step 6, for the figures).
// Another connection holding the file (a second process), or no room for the copy, leaves it to
// the next open.
void giveSpaceBack(EncryptedDb &db) {
    if (readMeta(db, kVacuumPending) == QLatin1String("1") && db.vacuum())
        db.prepare("DELETE FROM meta WHERE key = ?").bind(1, QByteArrayView(kVacuumPending)).run();
}

std::optional<qint64> heldSequence(Statement &select, qint64 id) {
    select.bind(1, id);
    std::optional<qint64> sequence;
    if (select.step())
        sequence = select.int64(0);
    select.reset();
    return sequence;
}
} // namespace

Mirror::Mirror(std::unique_ptr<EncryptedDb> db, std::optional<OpenFile> file)
    : m_db(std::move(db))
    , m_layouts(std::make_unique<LayoutStore>(*m_db))
    , m_file(file) {}

Mirror::~Mirror() {
    m_layouts.reset();
    m_db.reset();
    if (m_file)
        m_file->released();
}

std::unique_ptr<Mirror> Mirror::open(const QString &path, const SecureBuffer &key) {
    auto db = EncryptedDb::open(path, key, mirrorMigrations());
    giveSpaceBack(*db);
    // Room for both name indexes of 100,000 records (SQLite's default is 2 MB). A page of upserts
    // touches index pages all over; kept here they are not read and decrypted again for each
    // page of the feed, which halves the cipher work of a full sync. Memory is only taken as
    // pages are used.
    db->exec(kCacheSize);
    // A write-ahead log: each page a transaction changes is encrypted and written once (a
    // rollback journal takes an encrypted copy of the old page as well) with one fsync per commit;
    // a full sync takes about a fifth less processor time. synchronous stays FULL (the default),
    // so a commit is as durable as before. The file is switched back to a rollback journal before
    // it is renamed (makeSelfContained()).
    db->queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    fillAutofillKeys(*db);
    return std::unique_ptr<Mirror>(new Mirror(std::move(db), OpenFile::held(path)));
}

Mirror::SyncState Mirror::syncState() {
    const Lock lock(m_mutex);
    SyncState state;
    state.cursor = readMeta(*m_db, kCursor);
    state.sequence = readMeta(*m_db, kSequence).toLongLong();
    state.digest = SetDigest::fromHex(readMeta(*m_db, kDigest)).hex();
    state.count = serverCount();
    return state;
}

void Mirror::applyPage(const QList<QJsonObject> &records, const QList<qint64> &removed,
                       const QString &cursor, qint64 sequence) {
    // Every record is checked before anything is written.
    const FormLayouts known = forms();
    QList<RecordRow> rows;
    rows.reserve(records.size());
    for (const QJsonObject &record : records)
        rows.append(RecordRow::fromJson(record, known));
    applyPage(rows, removed, cursor, sequence);
}

namespace {
// Records with a change of this device that the server does not hold yet.
QSet<qint64> pendingIds(EncryptedDb &db) {
    QSet<qint64> ids;
    Statement select = db.prepare("SELECT record_id FROM outbox UNION SELECT id FROM trash");
    while (select.step())
        ids.insert(select.int64(0));
    return ids;
}
} // namespace

// Insert (kInsertRecord), not INSERT OR REPLACE or UPDATE: those may abort half-way through a
// row, so SQLite copies every page they touch to a statement journal first, and SQLCipher
// encrypts each copy; that made a page of upserts several times slower.
void Mirror::insertRow(Statement &insert, RecordRow row) {
    std::optional<qint64> layout;
    if (row.layout) {
        layout = m_layouts->idOf(row.layout);
        if (!layout) // no room for another layout: the record keeps its JSON text
            row.body =
                record_body::jsonBody(QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact));
    }
    bindRecord(insert, row, layout);
    insert.run();
}

void Mirror::applyPage(const QList<RecordRow> &rows, const QList<qint64> &removed,
                       const QString &cursor, qint64 sequence) {
    // Ids at or below zero are this device's own, for records the server does not have yet.
    for (const RecordRow &row : rows)
        if (row.id <= 0)
            throw std::invalid_argument("a server record with an id that is not positive");
    for (const qint64 id : removed)
        if (id <= 0)
            throw std::invalid_argument("a removed id that is not positive");
    const Lock lock(m_mutex);
    write([&] {
        SetDigest digest = SetDigest::fromHex(readMeta(*m_db, kDigest));
        const QSet<qint64> pending = pendingIds(*m_db);
        // A record this device changed is merged with its change instead of replaced.
        const auto merge = [&](qint64 id, const std::optional<QJsonObject> &remote) {
            const std::optional<PendingChange> change = pendingChange(id);
            if (!change)
                return false;
            const Resolution resolution =
                resolve(*change, remote,
                        {takeLocalId(), QUuid::createUuid().toString(QUuid::WithoutBraces)});
            storeUpdate(digest, id, localUpdateOf(resolution, remote));
            return true;
        };
        Statement held = m_db->prepare("SELECT sequence FROM records WHERE id = ?");
        Statement remove = m_db->prepare("DELETE FROM records WHERE id = ?");
        Statement insert = m_db->prepare(kInsertRecord);
        for (const RecordRow &row : rows) {
            if (pending.contains(row.id) && merge(row.id, row.toJson()))
                continue;
            if (const auto old = heldSequence(held, row.id)) {
                digest.toggle(row.id, *old);
                remove.bind(1, row.id).run();
            }
            digest.toggle(row.id, row.sequence);
            insertRow(insert, row);
        }
        for (const qint64 id : removed) {
            if (pending.contains(id) && merge(id, std::nullopt))
                continue;
            if (const auto old = heldSequence(held, id)) {
                digest.toggle(id, *old);
                remove.bind(1, id).run();
            }
        }
        Statement meta = m_db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
        meta.bind(1, QByteArrayView(kCursor)).bind(2, cursor).run();
        meta.bind(1, QByteArrayView(kSequence)).bind(2, QString::number(sequence)).run();
        meta.bind(1, QByteArrayView(kDigest)).bind(2, digest.hex()).run();
    });
}

void Mirror::setForms(const FormLayouts &forms) {
    const Lock lock(m_mutex);
    // Given at every sync, and mostly the same: no write then (a commit costs an fsync).
    const FormLayouts held = m_layouts->forms();
    if (std::equal(held.begin(), held.end(), forms.begin(), forms.end(),
                   [](const Layout &a, const Layout &b) { return a->identity() == b->identity(); }))
        return;
    write([&] { m_layouts->setForms(forms); });
}

FormLayouts Mirror::forms() {
    const Lock lock(m_mutex);
    return m_layouts->forms();
}

void Mirror::deferIndexes() {
    const Lock lock(m_mutex);
    m_db->transaction([&] {
        if (m_db->queryText(QStringLiteral("SELECT EXISTS(SELECT 1 FROM records)")) !=
            QLatin1String("0"))
            return;
        for (const QString &statement : droppedRecordIndexes())
            m_db->exec(statement);
        // Rows appended in id order gain nothing from a large cache, and at 100,000 records the
        // pages it kept were 14 MB of the first sync's 34 MB; lists and syncs get it back after.
        m_db->exec(kBulkCacheSize);
    });
}

void Mirror::buildIndexes() {
    const Lock lock(m_mutex);
    if (m_db->queryText(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                       "AND tbl_name = 'records'"))
            .toInt() >= recordIndexes().size())
        return;
    m_db->transaction([&] {
        for (const QString &statement : recordIndexes())
            m_db->exec(statement);
    });
    m_db->exec(kCacheSize);
}

QString Mirror::computeDigest() {
    const Lock lock(m_mutex);
    SetDigest digest;
    // The server's records: those shown (not those created here) and those deleted here.
    Statement select = m_db->prepare(
        "SELECT id, sequence FROM records WHERE id > 0 UNION ALL SELECT id, sequence FROM trash");
    while (select.step())
        digest.toggle(select.int64(0), select.int64(1));
    return digest.hex();
}

qint64 Mirror::serverCount() {
    const Lock lock(m_mutex);
    // count(*) of the whole table reads its smallest index; the records created here are few.
    return m_db
        ->queryText(QStringLiteral(
            "SELECT (SELECT count(*) FROM records) - (SELECT count(*) FROM records WHERE id < 0) "
            "+ (SELECT count(*) FROM trash)"))
        .toLongLong();
}

QString Mirror::value(const QString &key) {
    const Lock lock(m_mutex);
    Statement select = m_db->prepare("SELECT value FROM meta WHERE key = ?");
    select.bind(1, key);
    return select.step() ? select.text(0) : QString();
}

namespace {
void checkKeys(const QList<QPair<QString, QString>> &values) {
    for (const auto &[key, value] : values)
        if (key.startsWith(QLatin1String(kReservedPrefix)))
            throw std::invalid_argument(
                "value keys starting with \"mirror.\" are the mirror's own");
}

void storeValues(EncryptedDb &db, const QList<QPair<QString, QString>> &values) {
    Statement store = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    Statement remove = db.prepare("DELETE FROM meta WHERE key = ?");
    for (const auto &[key, value] : values) {
        if (value.isEmpty())
            remove.bind(1, key).run();
        else
            store.bind(1, key).bind(2, value).run();
    }
}
} // namespace

void Mirror::setValues(const QList<QPair<QString, QString>> &values) {
    const Lock lock(m_mutex);
    checkKeys(values);
    m_db->transaction([&] { storeValues(*m_db, values); });
}

void Mirror::updateValues(const QStringList &keys, const ValueChange &change) {
    const Lock lock(m_mutex);
    m_db->transaction([&] {
        QStringList current;
        Statement select = m_db->prepare("SELECT value FROM meta WHERE key = ?");
        for (const QString &key : keys) {
            select.bind(1, key);
            current.append(select.step() ? select.text(0) : QString());
            select.reset();
        }
        const QList<QPair<QString, QString>> values = change(current);
        checkKeys(values);
        storeValues(*m_db, values);
    });
}

QList<QPair<QString, QString>> Mirror::values() {
    const Lock lock(m_mutex);
    QList<QPair<QString, QString>> result;
    Statement select =
        m_db->prepare("SELECT key, value FROM meta WHERE substr(key, 1, 7) <> 'mirror.' "
                      "ORDER BY key");
    while (select.step())
        result.append({select.text(0), select.text(1)});
    return result;
}

void Mirror::setUnits(const QList<StoredUnit> &units) {
    const Lock lock(m_mutex);
    m_db->transaction([&] {
        m_db->exec(QStringLiteral("DELETE FROM units"));
        Statement insert =
            m_db->prepare("INSERT OR REPLACE INTO units(id, name, rights) VALUES(?, ?, ?)");
        for (const StoredUnit &unit : units) {
            QStringList rights;
            for (const auto &[held, name] :
                 {std::pair{unit.add, "add"}, std::pair{unit.edit, "edit"},
                  std::pair{unit.remove, "delete"}})
                if (held)
                    rights.append(QLatin1String(name));
            insert.bind(1, unit.id).bind(2, unit.name).bind(3, rights.join(u',')).run();
        }
    });
}

QList<StoredUnit> Mirror::units() {
    const Lock lock(m_mutex);
    QList<std::pair<QByteArray, StoredUnit>> keyed;
    Statement select = m_db->prepare("SELECT id, name, rights FROM units");
    while (select.step()) {
        const QStringList rights = select.text(2).split(u',');
        StoredUnit unit{select.int64(0), select.text(1), rights.contains(QLatin1String("add")),
                        rights.contains(QLatin1String("edit")),
                        rights.contains(QLatin1String("delete"))};
        keyed.append({foldText(unit.name), unit});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    QList<StoredUnit> result;
    result.reserve(keyed.size());
    for (const auto &entry : std::as_const(keyed))
        result.append(entry.second);
    return result;
}

void Mirror::makeSelfContained() {
    const Lock lock(m_mutex);
    if (m_db->queryText(QStringLiteral("PRAGMA journal_mode = DELETE")) != QLatin1String("delete"))
        // Another connection keeps the write-ahead log open.
        throw StorageError(StorageError::Kind::Busy, QStringLiteral("write-ahead log"));
}

bool Mirror::integrityOk() {
    const Lock lock(m_mutex);
    return m_db->integrityOk();
}

bool Mirror::pagesReadable() {
    const Lock lock(m_mutex);
    // One pass over every page: a cache keeps only what is not read again, and in the app it
    // stayed as 16 MB of memory at 100,000 records.
    m_db->exec(QStringLiteral("PRAGMA cache_size = -256"));
    const bool readable = m_db->pagesReadable();
    m_db->exec(kCacheSize);
    if (readable && m_file)
        m_file->markPagesRead();
    return readable;
}

bool Mirror::pagesReadSinceOpened() const {
    return m_file && m_file->pagesRead();
}

} // namespace vaultlink
