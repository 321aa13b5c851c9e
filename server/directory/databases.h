#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::server {

class RandomSource;
class Store;

struct DatabaseRow {
    qint64 id = 0;
    QString name;
    bool mobileSync = false;
    qint64 seq = 0;
    qint64 minSeq = 0;
    QString epoch; // changes when the feed history is reset; part of every cursor
};

qint64 addDatabase(Store &store, RandomSource &random, const QString &name, bool mobileSync,
                   qint64 nowMs);
void setMobileSync(Store &store, qint64 databaseId, bool on);
QList<DatabaseRow> listDatabases(Store &store);
std::optional<DatabaseRow> findDatabase(Store &store, qint64 id);
std::optional<DatabaseRow> findDatabaseByName(Store &store, const QString &name);
// Throws Refusal(DatabaseUnknown).
DatabaseRow requireDatabase(Store &store, qint64 id);
DatabaseRow requireDatabaseByName(Store &store, const QString &name);

} // namespace vaultlink::server
