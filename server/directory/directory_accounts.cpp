#include "server/directory/directory_accounts.h"

namespace vaultlink::server {

bool namesDomain(const QString &given, const QString &fqdn) {
    const QString name = given.trimmed();
    if (name.isEmpty() || fqdn.isEmpty())
        return false;
    return name.compare(fqdn, Qt::CaseInsensitive) == 0 ||
           name.compare(fqdn.section(QLatin1Char('.'), 0, 0), Qt::CaseInsensitive) == 0;
}

std::optional<LoginAccount> findLoginAccount(Store &store, const QString &userName,
                                             const QString &domain) {
    std::optional<UserRow> byName = findUserByName(store, userName);
    if (domain.trimmed().isEmpty()) {
        if (!byName)
            return std::nullopt;
        return LoginAccount{*byName, byName->directoryDomain.isEmpty()};
    }
    if (byName && !byName->directoryDomain.isEmpty())
        return LoginAccount{*byName, namesDomain(domain, byName->directoryDomain)};
    if (std::optional<UserRow> whole =
            findUserByName(store, userName.trimmed() + QLatin1Char('@') + domain.trimmed());
        whole && whole->directoryDomain.isEmpty())
        return LoginAccount{*whole, true};
    if (!byName)
        return std::nullopt;
    return LoginAccount{*byName, false};
}

} // namespace vaultlink::server
