#pragma once

#include "src/autofill/app_identity.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::platform {

// What the phone's autofill service asks for one form: the page a browser or web view reported
// (empty for a plain app screen) and the app showing it, with its signing certificates' digests
// (Android's PackageManager, read by the Java side).
struct AutofillQuery {
    QString webAddress;
    AppIdentity app;
};

// One login offered: never a secret (the service fetches the chosen record's fields after the
// user picked it, with the vault unlocked).
struct AutofillOffer {
    qint64 id = 0;
    QString title;
    QString userName;
    bool insecure = false; // an encrypted site's login on an unencrypted page: the entry says so
    bool confirm = false;  // the user confirms the app (or the web view) before it fills
};

// Where the offers come from: the app's open vault (ui::VaultAutofillSource), scripted in tests.
class AutofillSource {
public:
    virtual ~AutofillSource();
    virtual bool unlocked() const = 0;
    // The offers for the page or app; `trustedBrowser`: the page was reported by a browser on
    // the list (otherwise web matches need the user's confirmation).
    virtual QList<AutofillOffer> offers(const AutofillQuery &query, bool trustedBrowser) = 0;
};

// What the service answers a fill request with.
struct AutofillAnswer {
    enum class Kind {
        Nothing, // no response (Android: onSuccess(null)): nothing to offer, or not ours to fill
        Unlock,  // one entry that opens the unlock screen (biometrics or the password), then fills
        Offers,  // a dataset per offer
    };
    Kind kind = Kind::Nothing;
    QList<AutofillOffer> offers;
};

// The decision, the same on every phone: nothing for the app itself or a form with neither a page
// nor an app; the unlock entry while the vault is locked (without a look into it, so a locked
// vault says nothing about what it holds); otherwise the source's offers, a web page's marked
// for confirmation unless a browser on `browsers` (by package and certificate, never by name
// alone) reported it; nothing when there are none.
AutofillAnswer answerFill(const AutofillQuery &query, AutofillSource &source,
                          const QList<AppIdentity> &browsers, const QString &ownPackage);

// The bytes the Java side sends and reads (UTF-8 JSON): a query {"webAddress", "package",
// "certificates": [hex SHA-256, …]}, and an answer {"kind": "nothing"|"unlock"|"offers",
// "offers": [{"id", "title", "userName", "insecure", "confirm"}]}. nullopt for a query that
// is not one (not JSON, a member of the wrong type, a digest that is not 32 bytes in hex).
std::optional<AutofillQuery> decodeAutofillQuery(const QByteArray &json);
QByteArray encodeAutofillAnswer(const AutofillAnswer &answer);

// The browsers trusted to report a page's address: package names with their signing
// certificates' SHA-256 digests (Chrome, Firefox, …), as the service's configuration lists them.
QList<AppIdentity> trustedBrowsers();

} // namespace vaultlink::platform
