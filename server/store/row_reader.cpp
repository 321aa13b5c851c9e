#include "server/store/row_reader.h"

#include "server/store/sql.h"
#include "server/store/store.h"

#include <sqlite3.h>
#include <stdexcept>

namespace vaultlink::server {

RowReader::RowReader(Store &store, const QString &sql)
    : m_db(store.nativeHandle())
    , m_sql(sql) {
    if (!m_db) {
        m_query.emplace(prepare(store, sql));
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), static_cast<int>(text.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        fail("prepare");
}

RowReader::~RowReader() {
    sqlite3_finalize(m_statement); // a no-op for null
}

void RowReader::fail(const char *what) const {
    throw std::runtime_error(std::string("SQL failed to ") + what + " (" +
                             (m_db ? sqlite3_errmsg(m_db) : "no connection") +
                             ") in: " + m_sql.left(120).toStdString());
}

void RowReader::exec(std::initializer_list<qint64> values) {
    if (!m_statement) {
        int i = 0;
        for (const qint64 value : values)
            m_query->bindValue(i++, value);
        execQuery(*m_query);
        return;
    }
    sqlite3_reset(m_statement);
    int i = 1;
    for (const qint64 value : values)
        if (sqlite3_bind_int64(m_statement, i++, value) != SQLITE_OK)
            fail("bind");
}

bool RowReader::next() {
    if (!m_statement)
        return m_query->next();
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    if (status != SQLITE_DONE)
        fail("step");
    return false;
}

qint64 RowReader::integer(int column) const {
    if (!m_statement)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool RowReader::isNull(int column) const {
    if (!m_statement)
        return m_query->value(column).isNull();
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

namespace {
// SQLite's text of a column as UTF-8, without a conversion (a pointer into the row).
QByteArrayView utf8Of(sqlite3_stmt *statement, int column) {
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(statement, column))
                 : QByteArrayView();
}
} // namespace

QString RowReader::text(int column) const {
    if (!m_statement)
        return m_query->value(column).toString();
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    // Valid UTF-8 (nearly always) decodes the same in Qt as in SQLite, in one copy instead of
    // SQLite's conversion and then Qt's copy. Anything else (a stored lone surrogate, say) goes
    // SQLite's way, as Qt's SQLite driver reads text: UTF-16, then its length (in that order).
    const QByteArrayView utf8 = utf8Of(m_statement, column);
    if (utf8.isValidUtf8())
        return QString::fromUtf8(utf8);
    const void *units = sqlite3_column_text16(m_statement, column);
    return QString(static_cast<const QChar *>(units),
                   sqlite3_column_bytes16(m_statement, column) / 2);
}

QString RowReader::word(int column) {
    if (!m_statement || column < 0 || sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return text(column);
    const auto at = static_cast<size_t>(column);
    if (m_words.size() <= at)
        m_words.resize(at + 1);
    if (!m_words[at])
        m_words[at] = std::make_unique<Words>();
    const QByteArrayView utf8 = utf8Of(m_statement, column);
    // FNV-1a: these texts are a few bytes long, and qHash's seeded hash costs more than they.
    quint32 hash = 2166136261u;
    for (const char c : utf8)
        hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    Word &slot = (*m_words[at])[hash % std::tuple_size_v<Words>];
    if (slot.hash != hash || slot.utf8 != utf8) {
        slot.hash = hash;
        slot.utf8 = utf8.toByteArray();
        slot.text = text(column); // may convert the column: utf8 is not read after this
    }
    return slot.text;
}

void RowReader::finish() {
    if (m_statement)
        sqlite3_reset(m_statement);
    else
        m_query->finish();
}

} // namespace vaultlink::server
