#include "src/storage/statement.h"

#include "src/storage/encrypted_db.h"

#include <sqlite3.h>
#include <utility>

namespace vaultlink {

void throwSqliteError(sqlite3 *db) {
    const int code = sqlite3_errcode(db);
    throw StorageError(code == SQLITE_CORRUPT || code == SQLITE_NOTADB ? StorageError::Kind::Corrupt
                                                                       : StorageError::Kind::Io,
                       QString::fromUtf8(sqlite3_errmsg(db)));
}

Statement::Statement(sqlite3 *db, std::string_view sql)
    : m_db(db) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        throwSqliteError(db);
}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_db(other.m_db) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value) {
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        throwSqliteError(m_db);
    return *this;
}

Statement &Statement::bind(int index, QByteArrayView utf8) {
    // An empty view may have no data pointer, which SQLite would bind as NULL.
    static const char empty[] = "";
    const char *data = utf8.isEmpty() ? empty : utf8.data();
    if (sqlite3_bind_text64(m_statement, index, data, static_cast<sqlite3_uint64>(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        throwSqliteError(m_db);
    return *this;
}

Statement &Statement::bind(int index, const QString &text) {
    return bind(index, QByteArrayView(text.toUtf8()));
}

Statement &Statement::bindBlob(int index, QByteArrayView bytes) {
    static const char empty[] = "";
    const char *data = bytes.isEmpty() ? empty : bytes.data();
    if (sqlite3_bind_blob64(m_statement, index, data, static_cast<sqlite3_uint64>(bytes.size()),
                            SQLITE_TRANSIENT) != SQLITE_OK)
        throwSqliteError(m_db);
    return *this;
}

Statement &Statement::bindNull(int index) {
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        throwSqliteError(m_db);
    return *this;
}

bool Statement::step() {
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        throwSqliteError(m_db);
    }
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    // sqlite3_reset repeats the error of the last step, which step() has already thrown.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void Statement::finish() {
    sqlite3_reset(m_statement);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView Statement::utf8(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return {data, sqlite3_column_bytes(m_statement, column)};
}

QByteArrayView Statement::blob(int column) const {
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return {data, sqlite3_column_bytes(m_statement, column)};
}

QString Statement::text(int column) const {
    return QString::fromUtf8(utf8(column));
}

} // namespace vaultlink
