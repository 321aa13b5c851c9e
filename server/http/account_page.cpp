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
    return frame(
        QStringLiteral("Account"),
        message + QStringLiteral("<form method=\"post\" action=\"/account/login\">"
                                 "<label>Database <select name=\"database\">%1</select></label>"
                                 "<label>User name <input name=\"username\" "
                                 "autocomplete=\"username\" required></label>"
                                 "<label>Password <input name=\"password\" type=\"password\" "
                                 "autocomplete=\"current-password\" required></label>"
                                 "<label>Authenticator code (if you use one) <input name=\"otp\" "
                                 "inputmode=\"numeric\" autocomplete=\"one-time-code\"></label>"
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
            "<form method=\"post\" action=\"/account/logout\"><button>Log out</button></form>")
            .arg(v.displayName.toHtmlEscaped(), v.userName.toHtmlEscaped(),
                 v.databaseName.toHtmlEscaped(), warning, v.expiresAt.toHtmlEscaped(),
                 QString::fromLatin1(v.qrPng.toBase64()), v.pin.toHtmlEscaped(),
                 v.linkUri.toHtmlEscaped()));
}

} // namespace vaultlink::server
