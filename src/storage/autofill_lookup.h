#pragma once

#include "src/autofill/app_identity.h"
#include "src/crypto/secure_buffer.h"

#include <QList>
#include <QString>

#include <optional>

namespace vaultlink {

class Mirror;

// What autofill is asked to fill: a page (the address a browser or a web view reported), an app,
// or both (a web view inside an app).
struct AutofillRequest {
    QString webAddress;
    std::optional<AppIdentity> app;
    // The page was reported by a browser on the trusted list (isTrustedBrowser); a page reported
    // by any other app fills only after the user confirms.
    bool trustedBrowser = true;
};

// A record that may be offered: never a secret; the front end reads the chosen record's field
// only after the user picked it, with the vault unlocked.
struct AutofillCandidate {
    qint64 id = 0;
    QString title;
    QString userName;
    bool insecure = false;          // an encrypted site's login on an unencrypted (http) page
    bool needsConfirmation = false; // an app not confirmed for the record yet, or a web view
};

// The candidates in title order, read through the mirror's autofill index (a few rows, not every
// record): the page's site and the app's address, each record's match mode applied, a Never
// record left out. nullopt when the web address is not one (parseSiteAddress).
std::optional<QList<AutofillCandidate>> findAutofillCandidates(Mirror &mirror,
                                                               const AutofillRequest &request);

// What fills a picked record's form: the value of its field `key` ("username", "password"),
// copied into wiped memory; nullopt when the record or the field is not there.
std::optional<SecureBuffer> autofillValue(Mirror &mirror, qint64 id, const QString &key);

} // namespace vaultlink
