#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace vaultlink::server {

class Store;

// A read statement on a Store's connection, prepared once and run again and again (Store::reader
// keeps it), whose rows are read through SQLite's own interface: Qt SQL wraps every value of
// every row in a QVariant, which costs more than SQLite's reading itself, and a feed page reads
// some 50,000 values (a digest pass 200,000). Text comes as Qt SQL gives it (SQLite's UTF-16).
//
// That needs Qt's SQLite plugin to use the SQLite library this program links (Debian's does): two
// copies of SQLite in one process must not share a connection. Where they are not the same
// (Store::nativeHandle() is null), the statement runs through QSqlQuery instead, slower but the
// same rows.
//
// Parameters are integers only (ids, sequences, limits): what the hot reads bind.
class RowReader {
public:
    RowReader(Store &store, const QString &sql);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // Binds the values to the parameters in order and runs the statement. Throws
    // std::runtime_error when SQLite fails, as the helpers of sql.h do.
    void exec(std::initializer_list<qint64> values);
    // The next row; false at the end, when the statement is reset.
    bool next();
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // Null for SQL NULL, as QSqlQuery::value().toString() gives it.
    QString text(int column) const;
    // The same, for text that repeats from row to row (field keys, types, labels, form ids): the
    // row's text is shared with an earlier row's equal one, instead of allocated anew.
    QString word(int column);
    // Resets a statement not read to its end, so that it holds no read snapshot.
    void finish();

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query; // when m_db is null
    QString m_sql;
    // Per column (for word()): the texts made lately, by the hash of their UTF-8.
    struct Word {
        quint32 hash = 0;
        QByteArray utf8;
        QString text;
    };
    using Words = std::array<Word, 64>;
    std::vector<std::unique_ptr<Words>> m_words;
};

} // namespace vaultlink::server
