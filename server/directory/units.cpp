#include "server/directory/units.h"

#include "server/common/refusal.h"
#include "server/directory/sequence.h"
#include "server/store/sql.h"

namespace vaultlink::server {

qint64 addUnit(Store &store, qint64 databaseId, const QString &name) {
    if (name.trimmed().isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("a unit needs a name"));
    if (findUnit(store, databaseId, name))
        throw Refusal(Error::NameTaken, QStringLiteral("a unit named '%1' exists").arg(name));
    return run(store, QStringLiteral("INSERT INTO units(database_id, name) VALUES(?, ?)"),
               {databaseId, name.trimmed()})
        .lastInsertId()
        .toLongLong();
}

std::optional<qint64> findUnit(Store &store, qint64 databaseId, const QString &name) {
    const QVariant id =
        queryValue(store, QStringLiteral("SELECT id FROM units WHERE database_id = ? AND name = ?"),
                   {databaseId, name.trimmed()});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

std::optional<qint64> unitDatabase(Store &store, qint64 unitId) {
    const QVariant id =
        queryValue(store, QStringLiteral("SELECT database_id FROM units WHERE id = ?"), {unitId});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

UnitRights unitRights(Store &store, qint64 unitId, qint64 userId) {
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT can_read, can_add, can_edit, can_delete FROM "
                                     "unit_rights WHERE unit_id = ? AND user_id = ?"),
                      {unitId, userId});
    if (!q.next())
        return {};
    return {q.value(0).toBool(), q.value(1).toBool(), q.value(2).toBool(), q.value(3).toBool()};
}

void setUnitRights(Store &store, qint64 unitId, qint64 userId, const UnitRights &rights) {
    const bool couldRead = unitRights(store, unitId, userId).read;
    if (!rights.read && !rights.add && !rights.edit && !rights.remove) {
        run(store, QStringLiteral("DELETE FROM unit_rights WHERE unit_id = ? AND user_id = ?"),
            {unitId, userId});
    } else {
        run(store,
            QStringLiteral("INSERT OR REPLACE INTO unit_rights(unit_id, user_id, can_read, "
                           "can_add, can_edit, can_delete) VALUES(?, ?, ?, ?, ?, ?)"),
            {unitId, userId, rights.read, rights.add, rights.edit, rights.remove});
    }
    if (rights.read)
        run(store,
            QStringLiteral("INSERT OR IGNORE INTO unit_history(unit_id, user_id) VALUES(?, ?)"),
            {unitId, userId});
    if (couldRead != rights.read)
        touchUnitRecords(store, unitId);
}

QList<UnitAccess> unitsForUser(Store &store, qint64 databaseId, qint64 userId) {
    QList<UnitAccess> units;
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT u.id, u.name, r.can_read, r.can_add, r.can_edit, "
                                     "r.can_delete FROM units u JOIN unit_rights r ON r.unit_id = "
                                     "u.id WHERE u.database_id = ? AND r.user_id = ? ORDER BY "
                                     "u.name"),
                      {databaseId, userId});
    while (q.next())
        units.append(
            {q.value(0).toLongLong(),
             q.value(1).toString(),
             {q.value(2).toBool(), q.value(3).toBool(), q.value(4).toBool(), q.value(5).toBool()}});
    return units;
}

QJsonObject unitJson(const UnitAccess &unit) {
    return {
        {QStringLiteral("id"), unit.unitId},
        {QStringLiteral("name"), unit.name},
        {QStringLiteral("rights"), QJsonObject{{QStringLiteral("read"), unit.rights.read},
                                               {QStringLiteral("add"), unit.rights.add},
                                               {QStringLiteral("edit"), unit.rights.edit},
                                               {QStringLiteral("delete"), unit.rights.remove}}}};
}

} // namespace vaultlink::server
