#pragma once

#include "src/autofill/site_address.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vaultlink {

// An Android app as the autofill service sees it: its package name and the SHA-256 digests of
// its signing certificates (PackageManager). A name alone proves nothing: any app can take it.
struct AppIdentity {
    QString package;
    QList<QByteArray> certDigests; // 32 bytes each
};

// A record's address for an app: "androidapp://PACKAGE" (as Bitwarden writes it); empty for
// any other address or a package name that is not valid.
QString appPackageOf(const QString &recordUrl);

struct AppMatch {
    bool matched = false;
    // The package is the record's, but no certificate of the app was confirmed for the record
    // yet: offered only after the user confirms, which then stores the app's digest.
    bool needsConfirmation = false;
};

// An app's fill request against a record's address and the certificate digests confirmed for
// it: matched when the package is the record's and one of the app's certificates was confirmed.
AppMatch matchApp(const QString &recordUrl, const QList<QByteArray> &confirmed,
                  const AppIdentity &app);

// A browser's report of the page's web domain counts only from a package on `browsers` signed
// with a certificate listed for it there; from any other app a web match needs the user's
// confirmation (a login page shown in an app's web view may belong to anyone).
bool isTrustedBrowser(const AppIdentity &app, const QList<AppIdentity> &browsers);

// The key the mirror indexes a record under, so that a lookup reads a few rows, not every
// record: the site of a web address (siteKey, url_matcher.h), "androidapp://PACKAGE" for an
// app's; empty for anything else.
QString autofillKey(const QString &recordUrl);

} // namespace vaultlink
