#pragma once

#include "server/directory/users.h"

#include <optional>

namespace vaultlink::server {

class Store;

// The reference server's stand-in for a directory service (Active Directory): an account of a
// directory domain has that domain (its FQDN) and signs in with it given; the directory's
// password check is this server's own. A real deployment asks the domain's controllers instead.

// Whether `given` names the domain `fqdn`: the FQDN itself or its first label (the NetBIOS name
// of "CORP\bob"), compared case-insensitively.
bool namesDomain(const QString &given, const QString &fqdn);

// The account a login names, and whether the domain fits it:
// - no domain given: the account of that name; a directory account does not fit.
// - a domain given: the directory account of that name, fitting when the domain names its
//   domain; failing that a local account named "<name>@<domain>" (a client splits what the user
//   typed), which fits; failing that a local account of that name, which does not.
// Nothing when no account has the name.
struct LoginAccount {
    UserRow user;
    bool domainFits = false;
};
std::optional<LoginAccount> findLoginAccount(Store &store, const QString &userName,
                                             const QString &domain);

} // namespace vaultlink::server
