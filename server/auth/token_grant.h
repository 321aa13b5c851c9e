#pragma once

#include <QJsonObject>

namespace vaultlink::server {

class RandomSource;
class Settings;
class Store;
struct DatabaseRow;
struct DeviceRow;
struct UserRow;

struct GrantContext {
    qint64 sessionId = 0;
    const UserRow &user;
    const DatabaseRow &database;
    const DeviceRow &device;
};

// Issues a fresh access token and refresh token for the session and answers the token
// response (docs/api.md "Token grant"). Call inside the transaction that justifies it.
QJsonObject issueGrant(Store &store, RandomSource &random, const Settings &settings,
                       const GrantContext &context, qint64 nowMs);

// Starts a session for a device and issues its first tokens.
QJsonObject startSession(Store &store, RandomSource &random, const Settings &settings,
                         const UserRow &user, const DatabaseRow &database, const DeviceRow &device,
                         qint64 nowMs);

QJsonObject sessionJson(const UserRow &user, const DatabaseRow &database, const DeviceRow &device);

} // namespace vaultlink::server
