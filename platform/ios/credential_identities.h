#pragma once

#include <QList>
#include <QString>

namespace vaultlink::platform::ios {

// A record as the app tells iOS about it for the keyboard's suggestions (QuickType): never a
// secret, and only when the user left "Suggest logins" on, since iOS keeps these unencrypted.
struct IdentitySource {
    qint64 id = 0;
    QString userName;
    QString url;
    bool never = false; // the record's match mode is "never" on this device
};

// One ASPasswordCredentialIdentity: the service as a domain identifier (iOS offers it on that
// domain and its subdomains), the user name shown, and the record's id to fetch it by.
struct CredentialIdentity {
    QString domain;
    QString user;
    QString recordIdentifier;
    bool operator==(const CredentialIdentity &) const = default;
};

// The identities for the records with a web address (http or https, a host; an app's address
// or anything else has none), each record at most once, in the records' order; none for a
// record set to "never" or without a user name (a suggestion shows the user name).
QList<CredentialIdentity> credentialIdentities(const QList<IdentitySource> &records);

// The web address the extension looks up for a service identifier iOS hands it: a domain
// (ASCredentialServiceIdentifierTypeDomain) as its https page, a URL as given; empty for one
// that is neither.
QString serviceAddress(const QString &identifier, bool isUrl);

} // namespace vaultlink::platform::ios
