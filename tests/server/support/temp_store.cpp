#include "tests/server/support/temp_store.h"

#include "server/directory/databases.h"
#include "server/directory/forms.h"
#include "server/directory/units.h"
#include "server/directory/users.h"

namespace vaultlink::server::test {

TempStore::TempStore()
    : store(std::make_unique<Store>(dir.filePath(QStringLiteral("store.db")))) {
    installForms(*store);
}

qint64 TempStore::addDatabase(const QString &name, bool mobileSync) {
    return server::addDatabase(*store, random, name, mobileSync, clock.nowMs());
}

qint64 TempStore::addUser(const QString &name, const QString &password, bool canSyncMobile,
                          bool canCreateGlobal, bool canCreatePersonal) {
    return server::addUser(
        *store, random,
        {name, name, password, {canSyncMobile, canCreateGlobal, canCreatePersonal}, {}},
        clock.nowMs(), kFastCost);
}

qint64 TempStore::addUnit(qint64 databaseId, const QString &name) {
    return server::addUnit(*store, databaseId, name);
}

void TempStore::grant(qint64 unitId, qint64 userId, bool read, bool add, bool edit, bool remove) {
    Transaction tx(*store);
    setUnitRights(*store, unitId, userId, {read, add, edit, remove});
    tx.commit();
}

} // namespace vaultlink::server::test
