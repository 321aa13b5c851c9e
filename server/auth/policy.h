#pragma once

#include <QJsonObject>

namespace vaultlink::server {

class Settings;
struct DatabaseRow;
struct UserRow;

// The limits the server sets for a device; sent with every login, refresh and sync answer, and
// with the refusals that end a device's access (docs/api.md "Policy").
QJsonObject policyJson(const Settings &settings, const DatabaseRow &database, const UserRow &user,
                       bool deviceActive, qint64 nowMs);

} // namespace vaultlink::server
