#include "server/directory/databases.h"

#include "server/common/random.h"
#include "server/common/refusal.h"
#include "server/store/sql.h"

namespace vaultlink::server {

namespace {
QString columns() {
    return QStringLiteral("id, name, mobile_sync, seq, min_seq, epoch");
}

DatabaseRow readRow(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toBool(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString()};
}

std::optional<DatabaseRow> findWhere(Store &store, const QString &where, const QVariant &value) {
    QSqlQuery q = run(
        store, QStringLiteral("SELECT %1 FROM databases WHERE %2").arg(columns(), where), {value});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}
} // namespace

qint64 addDatabase(Store &store, RandomSource &random, const QString &name, bool mobileSync,
                   qint64 nowMs) {
    if (name.trimmed().isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("a database needs a name"));
    if (findDatabaseByName(store, name))
        throw Refusal(Error::NameTaken, QStringLiteral("a database named '%1' exists").arg(name));
    QSqlQuery q =
        run(store,
            QStringLiteral("INSERT INTO databases(name, mobile_sync, epoch, created_at) "
                           "VALUES(?, ?, ?, ?)"),
            {name.trimmed(), mobileSync, QString::fromLatin1(random.bytes(6).toHex()), nowMs});
    return q.lastInsertId().toLongLong();
}

void setMobileSync(Store &store, qint64 databaseId, bool on) {
    run(store, QStringLiteral("UPDATE databases SET mobile_sync = ? WHERE id = ?"),
        {on, databaseId});
}

QList<DatabaseRow> listDatabases(Store &store) {
    QList<DatabaseRow> rows;
    QSqlQuery q =
        run(store, QStringLiteral("SELECT %1 FROM databases ORDER BY name").arg(columns()));
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

std::optional<DatabaseRow> findDatabase(Store &store, qint64 id) {
    return findWhere(store, QStringLiteral("id = ?"), id);
}

std::optional<DatabaseRow> findDatabaseByName(Store &store, const QString &name) {
    return findWhere(store, QStringLiteral("name = ?"), name.trimmed());
}

DatabaseRow requireDatabase(Store &store, qint64 id) {
    if (auto row = findDatabase(store, id))
        return *row;
    throw Refusal(Error::DatabaseUnknown,
                  QStringLiteral("there is no database with id %1").arg(id));
}

DatabaseRow requireDatabaseByName(Store &store, const QString &name) {
    if (auto row = findDatabaseByName(store, name))
        return *row;
    throw Refusal(Error::DatabaseUnknown,
                  QStringLiteral("there is no database named '%1'").arg(name));
}

} // namespace vaultlink::server
