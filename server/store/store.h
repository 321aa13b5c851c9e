#pragma once

#include <QSqlDatabase>
#include <QString>

namespace vaultlink::server {

// The server's one SQLite file, opened in WAL mode so the admin command line can change data
// while the server runs. Each Store owns its own Qt SQL connection.
class Store {
public:
    explicit Store(const QString &path);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase &db() { return m_db; }
    int schemaVersion();

private:
    QString m_connection;
    QSqlDatabase m_db;
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
