#pragma once

#include "src/autofill/app_identity.h"
#include "src/autofill/login_form.h"
#include "src/crypto/secure_buffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace vaultlink::platform {

// What the phone's autofill service asks for one form: the page a browser or web view reported
// (empty for a plain app screen) and the app showing it, with its signing certificates' digests
// (Android's PackageManager, read by the Java side).
struct AutofillQuery {
    QString webAddress;
    AppIdentity app;
    // The screen's fields as the platform described them (Android; iOS names none): the login
    // form read from them (readLoginForm) decides the page and which fields are filled.
    bool formGiven = false;
    LoginForm form;
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
    // The record's user name and password, read only once the user picked it; nullopt when it
    // is gone.
    struct Login {
        QString userName;
        SecureBuffer password;
    };
    virtual std::optional<Login> login(qint64 id) = 0;
    // The user confirmed that `app` may be filled with the record: its certificates are stored
    // with the record, so that it is offered without asking next time.
    virtual void confirmApp(qint64 id, const AppIdentity &app) = 0;
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
    // The fields the entry or the offers fill, indices into the query's fields.
    QList<int> userFields;
    QList<int> passwordFields;
};

// The decision, the same on every phone: nothing for the app itself, a form with neither a page
// nor an app, or a screen whose fields hold no login form; the unlock entry while the vault is
// locked (without a look into it, so a locked vault says nothing about what it holds); otherwise
// the source's offers, a web page's marked for confirmation unless a browser on `browsers` (by
// package and certificate, never by name alone) reported it; nothing when there are none.
AutofillAnswer answerFill(const AutofillQuery &query, AutofillSource &source,
                          const QList<AppIdentity> &browsers, const QString &ownPackage);

// What the service gets once the user picked an offer: the login, or why not.
struct AutofillPick {
    enum class Result {
        Filled,      // `login` holds the record's user name and password
        Locked,      // the vault locked meanwhile: unlock, then ask again
        Gone,        // no longer offered here (removed, changed, or never offered for this form)
        Unconfirmed, // the offer needs the user's confirmation, which was not given
    };
    Result result = Result::Gone;
    AutofillSource::Login login;
};

// The picked record's login, only while the vault is open and only for a record the same query
// is still offered (a request naming another record gets nothing); an offer marked `confirm`
// needs `confirmed`, and for an app's own screen the confirmation is stored with the record.
AutofillPick pickFill(const AutofillQuery &query, qint64 id, bool confirmed, AutofillSource &source,
                      const QList<AppIdentity> &browsers, const QString &ownPackage);

// The bytes the Java side sends and reads (UTF-8 JSON): a query {"webAddress", "package",
// "certificates": [hex SHA-256, …], "fields": [{"hints": [...], "inputType", "htmlType",
// "idEntry", "hint", "webDomain", "webScheme", "focused"}, …]} (with fields, the page is the login
// form's and "webAddress" is not given), and an answer {"kind": "nothing"|"unlock"|"offers",
// "offers":
// [{"id", "title", "userName", "insecure", "confirm"}], "userFields": [index, …],
// "passwordFields": [index, …]}. nullopt for a query that is not one (not JSON, a member of the
// wrong type, a digest that is not 32 bytes in hex, more than 500 fields).
std::optional<AutofillQuery> decodeAutofillQuery(const QByteArray &json);
QByteArray encodeAutofillAnswer(const AutofillAnswer &answer);

// The browsers trusted to report a page's address: package names with their signing
// certificates' SHA-256 digests (Chrome, Firefox, …), as the service's configuration lists them.
QList<AppIdentity> trustedBrowsers();

// The phone's autofill service, connected to the app while it runs. Android: the
// AutofillService in the app's process asks the open vault through AutofillBridge.java, and its
// unlock screen waits for the vault to open. iOS: the credential provider extension is a process
// of its own, which reads the profile itself; nothing to connect. Desktop: nothing (the stand-ins
// are `vaultlink-cli fill` and the app's "Matches for a web address").
class AutofillHost {
public:
    enum class Setup {
        Unavailable, // no autofill service on this platform
        Off,         // another service, or none, is the device's choice
        On,          // Vaultlink fills
    };
    virtual ~AutofillHost();
    virtual Setup setup() const = 0;
    // Opens the system's page choosing the autofill service.
    virtual void openSetup() = 0;
    // The vault opened: a fill waiting on the unlock screen goes on.
    virtual void vaultUnlocked() = 0;
};

// The platform's host, asking `source` on the thread that made it (Qt's); the do-nothing one
// where the platform has none.
std::unique_ptr<AutofillHost> makeAutofillHost(AutofillSource &source);

} // namespace vaultlink::platform
