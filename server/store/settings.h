#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace vaultlink::server {

class Store;

// Server-wide settings: names are the admin command line's `settings --set NAME=VALUE` keys.
namespace setting {
inline constexpr char kServerName[] = "server-name";
inline constexpr char kPublicUrl[] = "public-url";
inline constexpr char kWebServices[] = "web-services";
inline constexpr char kAccessTokenSeconds[] = "access-token-seconds";
inline constexpr char kSessionTimeoutSeconds[] = "session-timeout-seconds";
inline constexpr char kRefreshTokenSeconds[] = "refresh-token-seconds";
inline constexpr char kMaxSessionSeconds[] = "max-session-seconds";
inline constexpr char kMaxOfflineSeconds[] = "max-offline-seconds";
inline constexpr char kLinkCodeSeconds[] = "link-code-seconds";
inline constexpr char kMfaSeconds[] = "mfa-seconds";
inline constexpr char kFreeLoginAttempts[] = "free-login-attempts";
inline constexpr char kThrottleBaseMs[] = "throttle-base-ms";
inline constexpr char kThrottleMaxMs[] = "throttle-max-ms";
inline constexpr char kFeedPageMax[] = "feed-page-max";
inline constexpr char kMaxBodyBytes[] = "max-body-bytes";
inline constexpr char kBiometricUnlock[] = "biometric-unlock";
inline constexpr char kDeviceLogin[] = "device-login";
inline constexpr char kDeviceChallengeSeconds[] = "device-challenge-seconds";
inline constexpr char kMfaApprovalSeconds[] = "mfa-approval-seconds";
inline constexpr char kFidoRpId[] = "fido-rp-id";
inline constexpr char kFidoOrigins[] = "fido-origins";
inline constexpr char kFidoUserVerification[] = "fido-user-verification";
inline constexpr char kWipeOnLogout[] = "wipe-on-logout";
inline constexpr char kEventRetentionDays[] = "event-retention-days";
} // namespace setting

enum class SettingKind { Text, Flag, Number, Choice };

struct SettingSpec {
    const char *key = nullptr;
    SettingKind kind = SettingKind::Text;
    const char *defaultValue = nullptr;
    const char *help = nullptr;
    const char *choices = nullptr; // Choice: the values it takes, separated by '|'
};

// What a device key's signature stands in for at login (setting device-login; docs/api.md §5).
namespace device_login {
inline constexpr char kNone[] = "none";
inline constexpr char kPassword[] = "password";
inline constexpr char kSecondFactor[] = "second-factor";
inline constexpr char kBoth[] = "both";
} // namespace device_login

const std::vector<SettingSpec> &settingSpecs();

class Settings {
public:
    static Settings load(Store &store);

    QString text(const char *key) const;
    bool flag(const char *key) const;
    qint64 number(const char *key) const;

private:
    QHash<QString, QString> m_values;
};

// Validates the name and value (a flag is on/off, a number a positive integer, a choice one of
// its values); throws
// Refusal(InvalidRequest) with a message naming what is wrong.
void saveSetting(Store &store, const QString &key, const QString &value);

} // namespace vaultlink::server
