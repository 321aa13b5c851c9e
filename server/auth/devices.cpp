#include "server/auth/devices.h"

#include "server/auth/audit_events.h"
#include "server/auth/device_keys.h"
#include "server/store/sql.h"

namespace vaultlink::server {

namespace {
QString selectDevices() {
    return QStringLiteral(
        "SELECT d.id, d.device_id, d.user_id, u.name, d.name, d.active, d.first_seen, d.last_seen "
        "FROM devices d JOIN users u ON u.id = d.user_id");
}

DeviceRow readRow(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toString(),  q.value(5).toBool(),
            q.value(6).toLongLong(), q.value(7).toLongLong()};
}
} // namespace

DeviceRow touchDevice(Store &store, qint64 userId, qint64 databaseId, const QString &deviceId,
                      const QString &name, qint64 nowMs) {
    const bool known = findUserDevice(store, userId, deviceId).has_value();
    run(store,
        QStringLiteral("INSERT INTO devices(device_id, user_id, name, first_seen, last_seen) "
                       "VALUES(?, ?, ?, ?, ?) ON CONFLICT(device_id, user_id) DO UPDATE SET "
                       "name = excluded.name, last_seen = excluded.last_seen"),
        {deviceId, userId, name, nowMs, nowMs});
    QSqlQuery q =
        run(store, selectDevices() + QStringLiteral(" WHERE d.device_id = ? AND d.user_id = ?"),
            {deviceId, userId});
    q.next();
    DeviceRow device = readRow(q);
    if (!known)
        recordEvent(store, nowMs, event::kDeviceLinked, {userId, device.rowId, databaseId},
                    {{QStringLiteral("name"), name}});
    return device;
}

std::optional<DeviceRow> findDevice(Store &store, qint64 rowId) {
    QSqlQuery q = run(store, selectDevices() + QStringLiteral(" WHERE d.id = ?"), {rowId});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<DeviceRow> findUserDevice(Store &store, qint64 userId, const QString &deviceId) {
    QSqlQuery q =
        run(store, selectDevices() + QStringLiteral(" WHERE d.device_id = ? AND d.user_id = ?"),
            {deviceId, userId});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QList<DeviceRow> listDevices(Store &store) {
    QList<DeviceRow> rows;
    QSqlQuery q =
        run(store, selectDevices() + QStringLiteral(" ORDER BY u.name, d.last_seen DESC"));
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

int setDeviceActive(Store &store, const QString &deviceId, const QString &userName, bool active,
                    qint64 nowMs) {
    const QString match = QStringLiteral(
        "device_id = ? AND (? = '' OR user_id IN (SELECT id FROM users WHERE name = ?))");
    // Qt SQL binds a null QString as NULL, which would match no user at all.
    const QString user = userName.isNull() ? QStringLiteral("") : userName;
    QList<EventSubject> devices;
    QSqlQuery matched = run(store, QStringLiteral("SELECT user_id, id FROM devices WHERE ") + match,
                            {deviceId, user, user});
    while (matched.next())
        devices.append({matched.value(0).toLongLong(), matched.value(1).toLongLong(), 0});
    matched.finish();
    for (const EventSubject &device : devices)
        recordEvent(store, nowMs, active ? event::kDeviceActivated : event::kDeviceRevoked, device,
                    {{QStringLiteral("by"), QStringLiteral("admin")}});
    QSqlQuery q = run(store, QStringLiteral("UPDATE devices SET active = ? WHERE ") + match,
                      {active, deviceId, user, user});
    const int changed = q.numRowsAffected();
    if (!active) {
        run(store,
            QStringLiteral("UPDATE sessions SET revoked = 'device-revoked' WHERE revoked IS NULL "
                           "AND device IN (SELECT id FROM devices WHERE ") +
                match + QLatin1Char(')'),
            {deviceId, user, user});
        // For good: a device activated again logs in with the password and registers anew.
        run(store,
            QStringLiteral("DELETE FROM device_keys WHERE device IN (SELECT id FROM devices "
                           "WHERE ") +
                match + QLatin1Char(')'),
            {deviceId, user, user});
    }
    return changed;
}

void revokeUserSessions(Store &store, qint64 userId, const QString &reason) {
    run(store,
        QStringLiteral("UPDATE sessions SET revoked = ? WHERE user_id = ? AND revoked IS NULL"),
        {reason, userId});
    // A device key stands in for the password or the second factor: whoever registered one with
    // the old credentials (a thief among them) must prove the new ones first.
    deleteUserDeviceKeys(store, userId);
}

} // namespace vaultlink::server
