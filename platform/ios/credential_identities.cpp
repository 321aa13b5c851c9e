#include "platform/ios/credential_identities.h"

#include "src/autofill/site_address.h"

#include <QSet>

namespace vaultlink::platform::ios {

QList<CredentialIdentity> credentialIdentities(const QList<IdentitySource> &records) {
    QList<CredentialIdentity> identities;
    QSet<qint64> seen;
    for (const IdentitySource &record : records) {
        if (record.never || record.userName.isEmpty() || seen.contains(record.id))
            continue;
        const std::optional<SiteAddress> address = parseSiteAddress(record.url);
        if (!address)
            continue;
        seen.insert(record.id);
        identities.append({address->host, record.userName, QString::number(record.id)});
    }
    return identities;
}

QString serviceAddress(const QString &identifier, bool isUrl) {
    const QString address = isUrl ? identifier : QStringLiteral("https://") + identifier;
    return parseSiteAddress(address) ? address : QString();
}

} // namespace vaultlink::platform::ios
