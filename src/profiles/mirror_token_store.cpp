#include "src/profiles/mirror_token_store.h"

#include <QJsonDocument>

namespace vaultlink {

QStringList mirror_keys::carried() {
    return {QLatin1String(refreshToken),   QLatin1String(refreshTokenExpiresAt),
            QLatin1String(displayName),    QLatin1String(policy),
            QLatin1String(lastContactAt),  QLatin1String(lastSyncAt),
            QLatin1String(offlineReading), QLatin1String(offlineCountedMs),
            QLatin1String(rights),         QLatin1String(forms)};
}

QString MirrorTokenStore::refreshToken() {
    return m_mirror->value(QLatin1String(mirror_keys::refreshToken));
}

void MirrorTokenStore::storeGrant(const TokenGrant &grant) {
    m_mirror->setValues(
        {{QLatin1String(mirror_keys::refreshToken), grant.refreshToken},
         {QLatin1String(mirror_keys::refreshTokenExpiresAt),
          grant.refreshTokenExpiresAt.toString(Qt::ISODateWithMs)},
         {QLatin1String(mirror_keys::displayName), grant.session.displayName},
         {QLatin1String(mirror_keys::policy),
          QString::fromUtf8(QJsonDocument(grant.policy.json).toJson(QJsonDocument::Compact))}});
}

void MirrorTokenStore::forgetTokens() {
    m_mirror->setValues({{QLatin1String(mirror_keys::refreshToken), QString()},
                         {QLatin1String(mirror_keys::refreshTokenExpiresAt), QString()}});
}

std::optional<Policy> storedPolicy(Mirror &mirror) {
    return Policy::fromJson(
        QJsonDocument::fromJson(mirror.value(QLatin1String(mirror_keys::policy)).toUtf8())
            .object());
}

} // namespace vaultlink
