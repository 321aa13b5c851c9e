#pragma once

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

struct sqlite3;

namespace vaultlink::server {

class RowReader;

// The server's one SQLite file, opened in WAL mode so the admin command line can change data
// while the server runs. Each Store owns its own Qt SQL connection.
class Store {
public:
    // How RowReader takes rows: through SQLite's own interface where Qt's SQLite plugin shares
    // this program's SQLite (else through Qt SQL anyway), or always through Qt SQL (tests hold
    // the two to the same rows).
    enum class RowAccess { Native, QtSql };

    explicit Store(const QString &path, RowAccess access = RowAccess::Native);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase &db() { return m_db; }
    int schemaVersion();

    // The connection's SQLite handle, when Qt's SQLite plugin shares this program's SQLite
    // library (RowReader); null otherwise.
    sqlite3 *nativeHandle() const { return m_native; }
    // The read statement of this SQL text, prepared on first use and kept (and finalized before
    // the connection closes). Not run by two callers at once: each reads its rows to the end,
    // or finishes, before another runs it.
    RowReader &reader(const QString &sql);

private:
    QString m_connection;
    QSqlDatabase m_db;
    sqlite3 *m_native = nullptr;
    std::map<QString, std::unique_ptr<RowReader>> m_readers;
};

// Commits on commit(), rolls back if destroyed first (an exception on the way out).
class Transaction {
public:
    enum class Mode { Write, ReadSnapshot };
    // ReadSnapshot gives a consistent view across several reads (WAL snapshot) without
    // taking the write lock.
    explicit Transaction(Store &store, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Store &m_store;
    bool m_done = false;
};

} // namespace vaultlink::server
