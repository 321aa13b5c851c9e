#include "server/store/settings.h"

#include "server/common/refusal.h"
#include "server/store/sql.h"

#include <algorithm>

namespace vaultlink::server {

const std::vector<SettingSpec> &settingSpecs() {
    using enum SettingKind;
    static const std::vector<SettingSpec> specs = {
        {setting::kServerName, Text, "Vaultlink reference server", "name shown to clients"},
        {setting::kPublicUrl, Text, "https://localhost:8443", "address put into link codes"},
        {setting::kWebServices, Flag, "on", "web services (the whole API) enabled"},
        {setting::kAccessTokenSeconds, Number, "300", "lifetime of an access token"},
        {setting::kSessionTimeoutSeconds, Number, "86400", "idle time that ends a session"},
        {setting::kRefreshTokenSeconds, Number, "604800", "lifetime of one refresh token"},
        {setting::kMaxSessionSeconds, Number, "2592000", "longest a session may be refreshed"},
        {setting::kMaxOfflineSeconds, Number, "259200", "longest a device may work offline"},
        {setting::kLinkCodeSeconds, Number, "300", "lifetime of a link code"},
        {setting::kMfaSeconds, Number, "300", "time to answer a second-factor challenge"},
        {setting::kFreeLoginAttempts, Number, "3", "failed logins before delays start"},
        {setting::kThrottleBaseMs, Number, "1000", "first delay after the free attempts"},
        {setting::kThrottleMaxMs, Number, "300000", "longest delay between login attempts"},
        {setting::kFeedPageMax, Number, "5000", "most entries in one change-feed page"},
        {setting::kMaxBodyBytes, Number, "1048576", "largest request body accepted"},
        {setting::kBiometricUnlock, Flag, "on", "devices may unlock their copy with biometrics"},
        {setting::kDeviceLogin, Choice, "none",
         "what a device key's signature stands in for at login",
         "none|password|second-factor|both"},
        {setting::kDeviceChallengeSeconds, Number, "60", "lifetime of a device-login challenge"},
        {setting::kMfaApprovalSeconds, Number, "60",
         "time to approve a push or phone-call sign-in"},
        {setting::kFidoRpId, Text, "localhost",
         "WebAuthn relying party id of security keys (the server's domain)"},
        {setting::kFidoOrigins, Text, "",
         "origins accepted in security-key assertions besides https://<fido-rp-id>, separated "
         "by spaces (an Android app's android:apk-key-hash:...)"},
        {setting::kFidoUserVerification, Choice, "preferred",
         "whether a security key must verify its user (PIN or biometrics on the key)",
         "required|preferred|discouraged"},
        {setting::kWipeOnLogout, Flag, "off",
         "devices delete their local copy when the user signs out (the policy's wipeOnLogout)"},
        {setting::kEventRetentionDays, Number, "180",
         "days the audit trail keeps an event (see the events command)"},
    };
    return specs;
}

namespace {
const SettingSpec *findSpec(const QString &key) {
    const auto &specs = settingSpecs();
    const auto it = std::find_if(specs.begin(), specs.end(),
                                 [&](const SettingSpec &s) { return key == QLatin1String(s.key); });
    return it == specs.end() ? nullptr : &*it;
}
} // namespace

Settings Settings::load(Store &store) {
    Settings settings;
    for (const SettingSpec &spec : settingSpecs())
        settings.m_values.insert(QString::fromLatin1(spec.key),
                                 QString::fromUtf8(spec.defaultValue));
    QSqlQuery query = run(store, QStringLiteral("SELECT key, value FROM settings"));
    while (query.next())
        settings.m_values.insert(query.value(0).toString(), query.value(1).toString());
    return settings;
}

QString Settings::text(const char *key) const {
    return m_values.value(QString::fromLatin1(key));
}

bool Settings::flag(const char *key) const {
    return text(key) == QLatin1String("on");
}

qint64 Settings::number(const char *key) const {
    return text(key).toLongLong();
}

void saveSetting(Store &store, const QString &key, const QString &value) {
    const SettingSpec *spec = findSpec(key);
    if (!spec)
        throw Refusal(Error::InvalidRequest, QStringLiteral("unknown setting '%1'").arg(key));
    bool ok = true;
    if (spec->kind == SettingKind::Flag)
        ok = value == QLatin1String("on") || value == QLatin1String("off");
    else if (spec->kind == SettingKind::Number)
        ok = value.toLongLong(&ok) > 0 && ok;
    else if (spec->kind == SettingKind::Choice)
        ok = QString::fromLatin1(spec->choices).split(QLatin1Char('|')).contains(value);
    else
        ok = !value.trimmed().isEmpty();
    if (!ok)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("'%1' is not a valid value for %2").arg(value, key));
    run(store, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"),
        {key, value});
}

} // namespace vaultlink::server
