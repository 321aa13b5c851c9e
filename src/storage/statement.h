#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace vaultlink {

// One prepared SQLite statement, finalized on destruction. Prepare once and run it many times
// (bind, step, reset): parsing SQL per row is what makes bulk writes slow. Parameters are bound
// by 1-based index, columns read by 0-based index, as in the SQLite C API. Every failure throws
// StorageError.
class Statement {
public:
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, QByteArrayView utf8); // copied: the view may die after the call
    Statement &bind(int index, const QByteArray &utf8) { return bind(index, QByteArrayView(utf8)); }
    Statement &bind(int index, const QString &text);
    Statement &bindBlob(int index, QByteArrayView bytes); // copied, as bind
    Statement &bindNull(int index);

    bool step();   // true: a row is ready to read; false: the statement has run to completion
    void run();    // steps to completion, ignoring rows, then resets
    void reset();  // ready to run again; bindings are cleared
    void finish(); // releases the read lock of an unfinished query early

    bool isNull(int column) const;
    qint64 int64(int column) const;
    // Valid until the next step, reset or finish.
    QByteArrayView utf8(int column) const;
    QByteArrayView blob(int column) const;
    QString text(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
};

// Throws the StorageError for the connection's last failure (Corrupt or Io).
[[noreturn]] void throwSqliteError(sqlite3 *db);

} // namespace vaultlink
