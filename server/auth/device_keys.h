#pragma once

#include <QByteArray>

#include <optional>

namespace vaultlink::server {

class Store;

// The public keys of device-key login (docs/api.md "Device keys"): at most one per database and
// device row (a device row is one user's), stored as the DER SubjectPublicKeyInfo it came in.
// Revoking the device, or changing its user's password or second factor, deletes them.

// Stores the key, replacing the device's key for that database. False, storing nothing, when the
// device is no longer active (revoked after the request that brings the key was authenticated).
bool putDeviceKey(Store &store, qint64 databaseId, qint64 deviceRowId, const QByteArray &spkiDer,
                  qint64 nowMs);
void deleteDeviceKey(Store &store, qint64 databaseId, qint64 deviceRowId);
std::optional<QByteArray> findDeviceKey(Store &store, qint64 databaseId, qint64 deviceRowId);
// Every key of every device of the user, in every database.
void deleteUserDeviceKeys(Store &store, qint64 userId);

} // namespace vaultlink::server
