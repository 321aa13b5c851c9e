#include "server/auth/policy.h"

#include "server/common/timefmt.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/store/settings.h"

namespace vaultlink::server {

QJsonObject policyJson(const Settings &settings, const DatabaseRow &database, const UserRow &user,
                       bool deviceActive, qint64 nowMs) {
    const bool mobileSyncAllowed =
        settings.flag(setting::kWebServices) && database.mobileSync && user.rights.canSyncMobile;
    return {
        {QStringLiteral("accessTokenSeconds"), settings.number(setting::kAccessTokenSeconds)},
        {QStringLiteral("sessionTimeoutSeconds"), settings.number(setting::kSessionTimeoutSeconds)},
        {QStringLiteral("refreshTokenSeconds"), settings.number(setting::kRefreshTokenSeconds)},
        {QStringLiteral("maxSessionSeconds"), settings.number(setting::kMaxSessionSeconds)},
        {QStringLiteral("maxOfflineSeconds"), settings.number(setting::kMaxOfflineSeconds)},
        {QStringLiteral("mobileSyncAllowed"), mobileSyncAllowed},
        {QStringLiteral("deviceActive"), deviceActive},
        {QStringLiteral("biometricUnlockAllowed"), settings.flag(setting::kBiometricUnlock)},
        {QStringLiteral("deviceLogin"), settings.text(setting::kDeviceLogin)},
        {QStringLiteral("wipeOnLogout"), settings.flag(setting::kWipeOnLogout)},
        {QStringLiteral("serverTime"), isoTime(nowMs)},
    };
}

} // namespace vaultlink::server
