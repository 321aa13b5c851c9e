#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace vaultlink::server {

class Store;

// Thin helpers that turn every SQL failure into an exception, so no caller can forget a check.
QSqlQuery prepare(Store &store, const QString &sql);
QSqlQuery run(Store &store, const QString &sql, std::initializer_list<QVariant> values = {});
void exec(Store &store, const QString &sql);
void execQuery(QSqlQuery &query);
QVariant queryValue(Store &store, const QString &sql, std::initializer_list<QVariant> values = {});

} // namespace vaultlink::server
