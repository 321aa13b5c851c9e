#include "server/auth/second_factor.h"

#include "server/common/timefmt.h"
#include "server/crypto/token.h"
#include "server/store/settings.h"
#include "server/store/sql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vaultlink::server {

Refusal openMfaTransaction(Store &store, RandomSource &random, const Settings &settings,
                           const MfaLogin &login, qint64 nowMs) {
    const QString transaction = newToken(random);
    const qint64 expires = nowMs + settings.number(setting::kMfaSeconds) * 1000;
    run(store,
        QStringLiteral("INSERT INTO login_transactions(digest, user_id, database_id, device_id, "
                       "device_name, expires_at) VALUES(?, ?, ?, ?, ?, ?)"),
        {tokenDigest(transaction), login.userId, login.databaseId, login.deviceId, login.deviceName,
         expires});
    const QJsonArray methods = {QJsonObject{{QStringLiteral("type"), QStringLiteral("totp")},
                                            {QStringLiteral("digits"), 6},
                                            {QStringLiteral("periodSeconds"), 30}}};
    return Refusal(Error::MfaRequired, QStringLiteral("enter the code from your authenticator app"),
                   {{QStringLiteral("transaction"), transaction},
                    {QStringLiteral("expiresAt"), isoTime(expires)},
                    {QStringLiteral("methods"), methods}});
}

} // namespace vaultlink::server
