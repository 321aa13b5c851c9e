#include "server/vault/visibility.h"

#include "server/directory/units.h"
#include "server/directory/users.h"
#include "server/vault/record.h"

namespace vaultlink::server {

QString visibleSql(const QString &a) {
    return QStringLiteral("(%1.deleted = 0 AND (%1.owner_id = ? OR %1.unit_id IN (SELECT unit_id "
                          "FROM unit_rights WHERE user_id = ? AND can_read = 1)))")
        .arg(a);
}

bool canRead(Store &store, const Record &record, qint64 userId) {
    if (record.deleted)
        return false;
    if (record.ownerId)
        return *record.ownerId == userId;
    return unitRights(store, *record.unitId, userId).read;
}

bool canEdit(Store &store, const Record &record, qint64 userId) {
    if (record.deleted)
        return false;
    if (record.ownerId)
        return *record.ownerId == userId;
    const UnitRights rights = unitRights(store, *record.unitId, userId);
    return rights.read && rights.edit;
}

bool canDelete(Store &store, const Record &record, qint64 userId) {
    if (record.deleted)
        return false;
    if (record.ownerId)
        return *record.ownerId == userId;
    const UnitRights rights = unitRights(store, *record.unitId, userId);
    return rights.read && rights.remove;
}

bool canCreate(Store &store, const UserRights &rights, qint64 userId, const qint64 *unitId) {
    if (!unitId)
        return rights.canCreatePersonal;
    // Read too: creating a record the creator then cannot see would lose it from their view.
    const UnitRights unit = unitRights(store, *unitId, userId);
    return rights.canCreateGlobal && unit.read && unit.add;
}

} // namespace vaultlink::server
