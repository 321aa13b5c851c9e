#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::server {

class Store;

struct DeviceRow {
    qint64 rowId = 0;
    QString deviceId; // chosen by the client, stable per installation
    qint64 userId = 0;
    QString userName;
    QString name;
    bool active = true;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
};

// Finds or registers the user's device; updates its display name and last contact. A device
// registered now is recorded in the audit trail (device-linked, with the database it came for).
DeviceRow touchDevice(Store &store, qint64 userId, qint64 databaseId, const QString &deviceId,
                      const QString &name, qint64 nowMs);
std::optional<DeviceRow> findDevice(Store &store, qint64 rowId);
// The user's device with the id the client chose, if it ever logged in.
std::optional<DeviceRow> findUserDevice(Store &store, qint64 userId, const QString &deviceId);
QList<DeviceRow> listDevices(Store &store);
// The administrator's revocation: it ends every session of the device and deletes its device
// keys; the device learns it on its next contact (Refusal DeviceRevoked) and deletes its mirror.
// Each device is recorded in the audit trail (device-revoked, device-activated). Returns the
// number of devices changed.
int setDeviceActive(Store &store, const QString &deviceId, const QString &userName, bool active,
                    qint64 nowMs);
// Ends every open session of a user and deletes their device keys (after a password or
// second-factor change).
void revokeUserSessions(Store &store, qint64 userId, const QString &reason);

} // namespace vaultlink::server
