#include "server/store/sql.h"

#include "server/store/store.h"

#include <stdexcept>

namespace vaultlink::server {

namespace {
[[noreturn]] void fail(const QSqlError &error, const QString &sql) {
    throw std::runtime_error("SQL failed (" + error.text().toStdString() +
                             ") in: " + sql.left(120).toStdString());
}
} // namespace

QSqlQuery prepare(Store &store, const QString &sql) {
    QSqlQuery query(store.db());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    return query;
}

void execQuery(QSqlQuery &query) {
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

QSqlQuery run(Store &store, const QString &sql, std::initializer_list<QVariant> values) {
    QSqlQuery query = prepare(store, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execQuery(query);
    return query;
}

void exec(Store &store, const QString &sql) {
    QSqlQuery query(store.db());
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

QVariant queryValue(Store &store, const QString &sql, std::initializer_list<QVariant> values) {
    QSqlQuery query = run(store, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace vaultlink::server
