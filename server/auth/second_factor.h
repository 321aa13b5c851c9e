#pragma once

#include "server/common/refusal.h"

#include <QString>

namespace vaultlink::server {

class RandomSource;
class Settings;
class Store;

struct MfaLogin {
    qint64 userId = 0;
    qint64 databaseId = 0;
    QString deviceId;
    QString deviceName;
};

// The second step of a login whose user has a second factor (docs/api.md §7.3): a transaction
// that /auth/mfa answers. Call inside the login's transaction; commit it, then throw the
// mfa-required refusal this returns, which carries the challenge.
Refusal openMfaTransaction(Store &store, RandomSource &random, const Settings &settings,
                           const MfaLogin &login, qint64 nowMs);

} // namespace vaultlink::server
