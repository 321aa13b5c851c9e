#include "server/http/account_page.h"

#include "server/directory/databases.h"

namespace vaultlink::server {

namespace {
QString frame(const QString &title, const QString &body) {
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%1</title><style>body{font-family:sans-serif;max-width:40em;margin:2em "
               "auto;padding:0 1em}label{display:block;margin:.6em 0}.error{color:#b00020}"
               ".warning{background:#fff3cd;padding:.6em}code{word-break:break-all}</style>"
               "</head><body><h1>%1</h1>%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}
} // namespace

QString accountLoginPage(const QList<DatabaseRow> &databases, const QString &error) {
    QString options;
    for (const DatabaseRow &db : databases)
        options += QStringLiteral("<option value=\"%1\">%2</option>")
                       .arg(db.id)
                       .arg(db.name.toHtmlEscaped());
    const QString message =
        error.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(error.toHtmlEscaped());
    return frame(QStringLiteral("Account"),
                 message +
                     QStringLiteral("<form method=\"post\" action=\"/account/login\">"
                                    "<label>Database <select name=\"database\">%1</select></label>"
                                    "<label>User name <input name=\"username\" "
                                    "autocomplete=\"username\" required></label>"
                                    "<label>Password <input name=\"password\" type=\"password\" "
                                    "autocomplete=\"current-password\" required></label>"
                                    "<label>Authenticator code or PIN (if you use one) <input "
                                    "name=\"otp\" inputmode=\"numeric\" "
                                    "autocomplete=\"one-time-code\"></label>"
                                    "<button type=\"submit\">Log in</button></form>")
                         .arg(options));
}

QString accountPage(const AccountView &v) {
    const QString warning =
        v.warning.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"warning\">%1</p>").arg(v.warning.toHtmlEscaped());
    return frame(
        QStringLiteral("Account"),
        QStringLiteral(
            "<p>%1 (<b>%2</b>) in database <b>%3</b></p>%4"
            "<h2>Link a phone</h2><p>Open Vaultlink on your phone, tap the QR button "
            "and scan this code. It works once and expires at %5.</p>"
            "<img alt=\"Link QR code\" src=\"data:image/png;base64,%6\">"
            "<p>Server key pin: <code>%7</code></p>"
            "<details><summary>Link text</summary><code>%8</code></details>"
            "<form method=\"post\" action=\"/account\"><button>New code</button></form>"
            "<h2>Second factor</h2><p>Signing in from a phone asks for: %9.</p>"
            "<p><a href=\"/account/sign-ins\">Sign-in requests</a> (approve a push, answer "
            "a call)</p>"
            "<form method=\"post\" action=\"/account/pin\"><label>New PIN (4 to 12 "
            "digits) <input name=\"pin\" type=\"password\" inputmode=\"numeric\" "
            "autocomplete=\"new-password\" required></label><button>Set PIN</button></form>"
            "<form method=\"post\" action=\"/account/logout\"><button>Log out</button></form>")
            .arg(v.displayName.toHtmlEscaped(), v.userName.toHtmlEscaped(),
                 v.databaseName.toHtmlEscaped(),
                 (v.notice.isEmpty()
                      ? QString()
                      : QStringLiteral("<p role=\"status\">%1</p>").arg(v.notice.toHtmlEscaped())) +
                     warning,
                 v.expiresAt.toHtmlEscaped(), QString::fromLatin1(v.qrPng.toBase64()),
                 v.pin.toHtmlEscaped(), v.linkUri.toHtmlEscaped(),
                 v.secondFactors.isEmpty()
                     ? QStringLiteral("nothing more than the password")
                     : v.secondFactors.join(QStringLiteral(", ")).toHtmlEscaped()));
}

QString signInRequestsPage(const QList<SignInRequest> &requests, const QString &notice) {
    QString body = notice.isEmpty()
                       ? QString()
                       : QStringLiteral("<p role=\"status\">%1</p>").arg(notice.toHtmlEscaped());
    for (const SignInRequest &r : requests) {
        const QString who =
            QStringLiteral("%1, %2, %3")
                .arg(r.device.toHtmlEscaped(), r.address.toHtmlEscaped(), r.time.toHtmlEscaped());
        if (r.call)
            body +=
                QStringLiteral("<section><p>&#9742; The phone %1 rings: Vaultlink sign-in from %2. "
                               "Press 1 to approve, any other key to deny.</p>"
                               "<form method=\"post\" action=\"/account/sign-ins/%3\"><label>Key "
                               "<input name=\"key\" maxlength=\"1\" inputmode=\"numeric\" "
                               "required></label><button>Press</button></form></section>")
                    .arg(r.phone.toHtmlEscaped(), who)
                    .arg(r.id);
        else
            body += QStringLiteral("<section><p>Approve sign-in from %1?</p>"
                                   "<form method=\"post\" action=\"/account/sign-ins/%2\">"
                                   "<button name=\"decision\" value=\"approve\">Approve</button> "
                                   "<button name=\"decision\" value=\"deny\">Deny</button></form>"
                                   "</section>")
                        .arg(who)
                        .arg(r.id);
    }
    if (requests.isEmpty())
        body += QStringLiteral("<p>No sign-in is waiting.</p>");
    body += QStringLiteral("<p><a href=\"/account\">Back to the account</a></p>");
    QString page = frame(QStringLiteral("Sign-in requests"), body);
    // Requests arrive while the page is open: it looks again every three seconds.
    page.replace(QStringLiteral("<head>"),
                 QStringLiteral("<head><meta http-equiv=\"refresh\" content=\"3\">"));
    return page;
}

} // namespace vaultlink::server
