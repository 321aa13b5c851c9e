#include "server/auth/device_keys.h"

#include "server/store/sql.h"

namespace vaultlink::server {

bool putDeviceKey(Store &store, qint64 databaseId, qint64 deviceRowId, const QByteArray &spkiDer,
                  qint64 nowMs) {
    // One statement that reads the device's state as it writes: a revocation committed since the
    // session was checked leaves no key behind.
    QSqlQuery q = run(store,
                      QStringLiteral("INSERT OR REPLACE INTO device_keys(database_id, device, "
                                     "algorithm, public_key, created_at) SELECT ?, id, 'ES256', ?, "
                                     "? FROM devices WHERE id = ? AND active = 1"),
                      {databaseId, spkiDer, nowMs, deviceRowId});
    return q.numRowsAffected() > 0;
}

void deleteDeviceKey(Store &store, qint64 databaseId, qint64 deviceRowId) {
    run(store, QStringLiteral("DELETE FROM device_keys WHERE database_id = ? AND device = ?"),
        {databaseId, deviceRowId});
}

std::optional<QByteArray> findDeviceKey(Store &store, qint64 databaseId, qint64 deviceRowId) {
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT public_key FROM device_keys WHERE database_id = ? AND "
                                     "device = ? AND algorithm = 'ES256'"),
                      {databaseId, deviceRowId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

void deleteUserDeviceKeys(Store &store, qint64 userId) {
    run(store,
        QStringLiteral(
            "DELETE FROM device_keys WHERE device IN (SELECT id FROM devices WHERE user_id = ?)"),
        {userId});
}

} // namespace vaultlink::server
