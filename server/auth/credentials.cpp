#include "server/auth/credentials.h"

#include "server/common/refusal.h"
#include "server/crypto/password_hash.h"
#include "server/store/settings.h"

#include <QJsonObject>

#include <algorithm>

namespace vaultlink::server {

qint64 throttleDelayMs(const Settings &settings, int failures) {
    const qint64 free = settings.number(setting::kFreeLoginAttempts);
    if (failures < free)
        return 0;
    const qint64 doublings = std::min<qint64>(failures - free, 30);
    return std::min(settings.number(setting::kThrottleBaseMs) << doublings,
                    settings.number(setting::kThrottleMaxMs));
}

UserRow verifyCredentials(Store &store, const Settings &settings, const QString &userName,
                          const QString &password, qint64 nowMs) {
    const auto user = findUserByName(store, userName);
    if (!user) {
        // Spend the same work as for a real user, so timing does not reveal which names exist.
        verifyPassword(password, QStringLiteral("$scrypt$ln=17,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$"
                                                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        throw Refusal(Error::BadCredentials, QStringLiteral("the user name or password is wrong"));
    }
    const qint64 readyAt = user->lastFailedAt + throttleDelayMs(settings, user->failedLogins);
    if (nowMs < readyAt) {
        const qint64 seconds = (readyAt - nowMs + 999) / 1000;
        throw Refusal(
            Error::LoginThrottled,
            QStringLiteral("too many failed logins for this user; try again in %1 s").arg(seconds),
            {{QStringLiteral("retryAfterSeconds"), seconds}});
    }
    if (!verifyPassword(password, user->passwordHash)) {
        recordFailedLogin(store, user->id, nowMs);
        throw Refusal(Error::BadCredentials, QStringLiteral("the user name or password is wrong"));
    }
    if (user->failedLogins > 0)
        clearFailedLogins(store, user->id);
    return *user;
}

} // namespace vaultlink::server
