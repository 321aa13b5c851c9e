#include "server/store/store.h"

#include "server/store/schema.h"
#include "server/store/sql.h"

#include <QAtomicInt>
#include <QFile>

#include <stdexcept>

namespace vaultlink::server {

namespace {
QAtomicInt connectionCounter;
}

Store::Store(const QString &path)
    : m_connection(
          QStringLiteral("vaultlink-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        throw std::runtime_error("cannot open the server store " + path.toStdString() + ": " +
                                 m_db.lastError().text().toStdString());
    // The store holds password hashes and TOTP secrets: owner-only, whatever the umask.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    exec(*this, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(*this, QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(*this, QStringLiteral("PRAGMA foreign_keys=ON"));
    migrate(*this);
}

Store::~Store() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
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
