#include "src/storage/encrypted_db.h"

#include "src/storage/private_files.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace vaultlink {

namespace {
// The same on every open: SQLCipher cannot read a file with another page size.
constexpr char kPageSize[] = "PRAGMA cipher_page_size = 4096";
constexpr int kBusyWaitMs = 30'000;

std::string text(StorageError::Kind kind, const QString &detail) {
    static const char *const names[] = {"undecryptable", "corrupt", "too new", "busy", "i/o"};
    return std::string("local database ") + names[static_cast<int>(kind)] + ": " +
           detail.toStdString();
}
} // namespace

StorageError::StorageError(Kind kind, const QString &detail)
    : std::runtime_error(text(kind, detail))
    , m_kind(kind)
    , m_detail(detail) {}

EncryptedDb::EncryptedDb(sqlite3 *db)
    : m_db(db) {
    if (m_db)
        sqlite3_wal_hook(m_db, &EncryptedDb::afterWalCommit, this); // replaces SQLite's own
}

int EncryptedDb::afterWalCommit(void *self, sqlite3 *db, const char *name, int pages) {
    const bool deferred = static_cast<EncryptedDb *>(self)->m_deferCheckpoints;
    if (pages >= (deferred ? kDeferredPages : kCheckpointPages))
        // PASSIVE, as SQLite's own: what a reader still needs stays in the log for later.
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

EncryptedDb::~EncryptedDb() {
    sqlite3_close_v2(m_db);
}

std::unique_ptr<EncryptedDb> EncryptedDb::open(const QString &path, const SecureBuffer &key,
                                               const std::vector<Migration> &migrations) {
    if (key.size() != 32)
        throw std::invalid_argument("a database key has 32 bytes");
    // SQLite would create the file readable to others (0644 under the usual umask); made here
    // first, owner-only, it also gives its write-ahead log, index and journal that mode, which
    // SQLite copies from the file.
    makePrivateFile(path);
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(
        path.toUtf8().constData(), &raw,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<EncryptedDb> db(new EncryptedDb(raw));
    if (rc != SQLITE_OK)
        throw StorageError(StorageError::Kind::Io,
                           QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                                        QString::fromUtf8(sqlite3_errmsg(raw))));

    // Raw-key form "x'<64 hex digits>'"; the text holding the key is wiped after use.
    SecureBuffer literal(2 + 64 + 1);
    static const char hex[] = "0123456789abcdef";
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        literal.data()[2 + 2 * i] = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
        literal.data()[3 + 2 * i] = static_cast<unsigned char>(hex[key.data()[i] & 0x0F]);
    }
    literal.data()[66] = '\'';
    if (sqlite3_key(raw, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Io, QStringLiteral("sqlite3_key failed"));
    // Another process (a sync, a second window) may be writing: wait for it rather than fail.
    sqlite3_busy_timeout(raw, kBusyWaitMs);
    db->exec(QString::fromLatin1(kPageSize));
    // Reading the schema is the first access that needs the key to be right.
    const int check =
        sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (check == SQLITE_BUSY || check == SQLITE_LOCKED)
        throw StorageError(StorageError::Kind::Busy, QFileInfo(path).fileName());
    if (check != SQLITE_OK)
        throw StorageError(StorageError::Kind::Undecryptable, QFileInfo(path).fileName());
    db->exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    db->migrate(migrations);
    return db;
}

void EncryptedDb::exec(const QString &sql) {
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return;
    const QString detail = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    const int code = sqlite3_errcode(m_db);
    throw StorageError(code == SQLITE_CORRUPT || code == SQLITE_NOTADB ? StorageError::Kind::Corrupt
                                                                       : StorageError::Kind::Io,
                       detail);
}

QString EncryptedDb::queryText(const QString &sql) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Io, QString::fromUtf8(sqlite3_errmsg(m_db)));
    QString result;
    if (sqlite3_step(statement) == SQLITE_ROW)
        result =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return result;
}

Statement EncryptedDb::prepare(std::string_view sql) {
    return {m_db, sql};
}

void EncryptedDb::begin() {
    // IMMEDIATE takes the write lock now, so a transaction never fails half-way for want of it.
    exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void EncryptedDb::commit() {
    exec(QStringLiteral("COMMIT"));
}

void EncryptedDb::rollback() noexcept {
    // Some errors (I/O, full disk) already rolled the transaction back; then this is a no-op.
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

int EncryptedDb::schemaVersion() {
    return queryText(QStringLiteral("PRAGMA user_version")).toInt();
}

bool EncryptedDb::vacuum() {
    // Not the usual wait for another connection: an unlock must not hang on it.
    sqlite3_busy_timeout(m_db, 0);
    const int rc = sqlite3_exec(m_db, "VACUUM", nullptr, nullptr, nullptr);
    sqlite3_busy_timeout(m_db, kBusyWaitMs);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_FULL)
        return false;
    if (rc != SQLITE_OK)
        throwSqliteError(m_db);
    // The copy went through the write-ahead log, where the file keeps one: give that back too.
    sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    return true;
}

bool EncryptedDb::integrityOk() {
    return queryText(QStringLiteral("PRAGMA integrity_check")) == QLatin1String("ok");
}

bool EncryptedDb::pagesReadable() {
    sqlite3_stmt *statement = nullptr;
    bool readable = false;
    if (sqlite3_prepare_v2(m_db, "PRAGMA quick_check", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto *first = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        readable = first && std::string_view(first) == "ok";
    }
    sqlite3_finalize(statement);
    return readable;
}

void EncryptedDb::migrate(const std::vector<Migration> &migrations) {
    const int current = schemaVersion();
    const int latest = static_cast<int>(migrations.size());
    if (current > latest)
        throw StorageError(
            StorageError::Kind::TooNew,
            QStringLiteral("schema %1, this version knows %2").arg(current).arg(latest));
    for (int version = current; version < latest; ++version) {
        const Migration &step = migrations[static_cast<std::size_t>(version)];
        transaction([&] {
            for (const QString &statement : step.statements)
                exec(statement);
            if (step.code)
                step.code(*this);
            exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
    }
}

} // namespace vaultlink
