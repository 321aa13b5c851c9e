#pragma once

#include <QByteArray>
#include <QStringList>

namespace vaultlink::server {

struct PemPair {
    QByteArray certificate;
    QByteArray privateKey;
};

// A P-256 server certificate for the given DNS names and IP addresses, valid 397 days (the
// longest validity browsers accept), so that a private server can be linked through its pin.
PemPair makeSelfSignedCertificate(const QStringList &dnsNames, const QStringList &ipAddresses);

} // namespace vaultlink::server
