#include "src/autofill/app_identity.h"

#include "src/autofill/url_matcher.h"

#include <QRegularExpression>

namespace vaultlink {

namespace {
bool sharesACertificate(const QList<QByteArray> &a, const QList<QByteArray> &b) {
    for (const QByteArray &digest : a)
        if (digest.size() == 32 && b.contains(digest))
            return true;
    return false;
}
} // namespace

QString appPackageOf(const QString &recordUrl) {
    static const QString prefix = QStringLiteral("androidapp://");
    const QString text = recordUrl.trimmed();
    if (!text.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    QString package = text.mid(prefix.size());
    while (package.endsWith(QLatin1Char('/')))
        package.chop(1);
    // Android's rule: two or more segments of letters, digits and '_', each starting with a
    // letter.
    static const QRegularExpression valid(
        QStringLiteral("\\A[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+\\z"));
    return package.size() <= 255 && valid.match(package).hasMatch() ? package : QString();
}

AppMatch matchApp(const QString &recordUrl, const QList<QByteArray> &confirmed,
                  const AppIdentity &app) {
    AppMatch result;
    const QString package = appPackageOf(recordUrl);
    if (package.isEmpty() || package != app.package)
        return result;
    if (sharesACertificate(app.certDigests, confirmed))
        result.matched = true;
    else if (confirmed.isEmpty())
        result.needsConfirmation = true;
    // Confirmed for other certificates: another app under the same name, never offered.
    return result;
}

bool isTrustedBrowser(const AppIdentity &app, const QList<AppIdentity> &browsers) {
    for (const AppIdentity &browser : browsers)
        if (browser.package == app.package &&
            sharesACertificate(app.certDigests, browser.certDigests))
            return true;
    return false;
}

QString autofillKey(const QString &recordUrl) {
    const QString package = appPackageOf(recordUrl);
    return package.isEmpty() ? siteKey(recordUrl) : QStringLiteral("androidapp://") + package;
}

} // namespace vaultlink
