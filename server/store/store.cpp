#include "server/store/store.h"

#include "server/store/row_reader.h"
#include "server/store/schema.h"
#include "server/store/sql.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDriver>

#include <sqlite3.h>
#include <stdexcept>

namespace vaultlink::server {

namespace {
QAtomicInt connectionCounter;

// Whether Qt's SQLite plugin uses the SQLite library linked here (a distribution's Qt does) or
// a copy of its own (Qt's own builds bundle one). Told once, at the first connection: opening it
// allocates memory through the plugin's SQLite, which shows in this library's count only when
// they are one.
bool sharesSqlite(QSqlDatabase &db) {
    static const bool shared = [&db] {
        const sqlite3_int64 before = sqlite3_memory_used();
        db.open();
        return sqlite3_memory_used() > before;
    }();
    return shared;
}

sqlite3 *nativeHandleOf(QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

Store::Store(const QString &path, RowAccess access)
    : m_connection(
          QStringLiteral("vaultlink-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    const bool shared = sharesSqlite(m_db);
    if (!m_db.isOpen() && !m_db.open())
        throw std::runtime_error("cannot open the server store " + path.toStdString() + ": " +
                                 m_db.lastError().text().toStdString());
    // The store holds password hashes and TOTP secrets: owner-only, whatever the umask.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    exec(*this, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(*this, QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(*this, QStringLiteral("PRAGMA foreign_keys=ON"));
    migrate(*this);
    if (shared && access == RowAccess::Native)
        m_native = nativeHandleOf(m_db);
}

Store::~Store() {
    m_readers.clear(); // their statements, before the connection that holds them closes
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

RowReader &Store::reader(const QString &sql) {
    std::unique_ptr<RowReader> &slot = m_readers[sql];
    if (!slot)
        slot = std::make_unique<RowReader>(*this, sql);
    return *slot;
}

int Store::schemaVersion() {
    return queryValue(*this, QStringLiteral("PRAGMA user_version")).toInt();
}

Transaction::Transaction(Store &store, Mode mode)
    : m_store(store) {
    // IMMEDIATE takes the write lock up front, so two writers never deadlock on upgrade.
    exec(m_store,
         mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Transaction::~Transaction() {
    if (!m_done)
        m_store.db().exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit() {
    exec(m_store, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace vaultlink::server
