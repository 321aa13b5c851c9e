// The autofill matcher as tables: which record (its URL field and match mode) is offered on which
// page, and which app may have which record. One process for all rows.
#include "src/autofill/app_identity.h"
#include "src/autofill/url_matcher.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

#include <vector>

namespace vaultlink {
namespace {

enum class Expect { No, Yes, Insecure, Veto, BadPage };

struct Row {
    const char *record;
    MatchMode mode;
    const char *page;
    Expect expect;
    const char *why;
};

using M = MatchMode;
using E = Expect;

std::vector<Row> webRows() {
    return {
        // The default: one line of the name tree within one registrable domain
        {"https://example.com", M::Default, "https://example.com/login", E::Yes, "same host"},
        {"https://example.com", M::Default, "https://login.example.com/", E::Yes, "subdomain"},
        {"https://login.example.com", M::Default, "https://example.com/", E::Yes, "parent"},
        {"https://www.example.com", M::Default, "https://login.example.com/", E::Yes,
         "www. is the domain itself"},
        {"https://a.b.example.com", M::Default, "https://b.example.com/", E::Yes, "parent, deep"},
        {"https://mail.example.com", M::Default, "https://docs.example.com/", E::No, "sibling"},
        {"https://tenant-a.example-saas.com", M::Default, "https://tenant-b.example-saas.com/",
         E::No, "another tenant of a shared domain the list does not name"},
        {"https://example.com", M::Default, "https://example.org/", E::No, "other domain"},
        {"https://example.com", M::Default, "https://example.com.evil.net/", E::No,
         "the name inside another domain"},
        {"https://example.com", M::Default, "https://notexample.com/", E::No, "suffix of a label"},
        {"https://evil-example.com", M::Default, "https://example.com/", E::No, "other domain"},
        {"example.com/login", M::Default, "https://example.com/", E::Yes, "no scheme stored"},
        {"EXAMPLE.COM", M::Default, "https://Example.Com/", E::Yes, "upper case"},
        {"https://example.com.", M::Default, "https://example.com/", E::Yes, "trailing dot"},
        {"https://example.com", M::Default, "https://example.com./", E::Yes, "trailing dot, page"},
        {"https://user:secret@example.com", M::Default, "https://example.com/", E::Yes,
         "user and password in the stored address"},
        {"https://example.com", M::Default, "https://evil.net@example.com/", E::Yes,
         "the host after the user name counts"},
        {"https://example.com", M::Default, "https://example.com@evil.net/", E::No,
         "the user name is not the host"},
        // The Public Suffix List, private section included
        {"https://alice.github.io", M::Default, "https://bob.github.io/", E::No,
         "two tenants of github.io"},
        {"https://alice.github.io", M::Domain, "https://bob.github.io/", E::No,
         "domain mode: github.io is a public suffix (private section)"},
        {"https://alice.github.io", M::Default, "https://alice.github.io/repo", E::Yes,
         "the same tenant"},
        {"https://www.alice.github.io", M::Default, "https://alice.github.io/", E::Yes,
         "a tenant's www"},
        {"https://shop-a.myshopify.com", M::Domain, "https://shop-b.myshopify.com/", E::No,
         "myshopify.com is a public suffix"},
        {"https://app-a.herokuapp.com", M::Default, "https://app-b.herokuapp.com/", E::No,
         "herokuapp.com is a public suffix"},
        {"https://a.blogspot.com", M::Domain, "https://b.blogspot.com/", E::No,
         "blogspot.com is a public suffix"},
        {"https://example.co.uk", M::Default, "https://other.co.uk/", E::No,
         "co.uk is a public suffix"},
        {"https://example.co.uk", M::Default, "https://www.example.co.uk/", E::Yes, "under co.uk"},
        {"https://github.io", M::Default, "https://alice.github.io/", E::No,
         "a public suffix as a record's host is a site of its own"},
        // Domain mode: siblings, by the user's choice
        {"https://mail.example.com", M::Domain, "https://docs.example.com/", E::Yes, "sibling"},
        {"https://mail.example.com", M::Domain, "https://example.net/", E::No, "other domain"},
        {"https://example.com:8443", M::Domain, "https://example.com/", E::Yes,
         "domain ignores ports"},
        {"https://192.168.1.10", M::Domain, "https://192.168.1.11/", E::No,
         "an IP address has no domain"},
        // Ports
        {"https://example.com", M::Default, "https://example.com:443/", E::Yes,
         "default port spelled out"},
        {"https://example.com:443", M::Default, "https://example.com/", E::Yes,
         "default port stored"},
        {"https://example.com:8443", M::Default, "https://example.com/", E::No,
         "the record names another port"},
        {"https://example.com:8443", M::Default, "https://example.com:8443/", E::Yes,
         "the same port"},
        {"https://example.com", M::Default, "https://example.com:8443/", E::Yes,
         "a record without a port fills the site's other ports"},
        {"https://example.com", M::Host, "https://example.com:8443/", E::No,
         "host: the effective port counts"},
        {"https://example.com:443", M::Host, "https://example.com/", E::Yes,
         "host: effective ports equal"},
        {"http://example.com", M::Host, "https://example.com/", E::No, "host: 80 is not 443"},
        {"https://example.com", M::Host, "https://www.example.com/", E::No,
         "host: www is another host"},
        // IP addresses, single labels, local names: host and port
        {"https://192.168.1.10", M::Default, "https://192.168.1.10/admin", E::Yes, "same IP"},
        {"https://192.168.1.10", M::Default, "https://192.168.1.11/", E::No, "other IP"},
        {"https://192.168.1.10:8080", M::Default, "https://192.168.1.10/", E::No, "IP, other port"},
        {"https://192.168.1.10:8080", M::Default, "https://192.168.1.10:8080/", E::Yes,
         "IP, same port"},
        {"https://[2001:db8::1]", M::Default, "https://[2001:DB8:0::1]/", E::Yes,
         "IPv6 written two ways"},
        {"https://[2001:db8::1]:8443", M::Default, "https://[2001:db8::1]/", E::No,
         "IPv6, other port"},
        {"https://intranet", M::Default, "https://intranet/login", E::Yes, "single label"},
        {"https://intranet", M::Default, "https://wiki/", E::No, "another single label"},
        {"https://intranet:8080", M::Default, "https://intranet/", E::No,
         "single label, other port"},
        {"https://printer.local", M::Default, "https://printer.local/", E::Yes, ".local"},
        {"https://printer.local", M::Default, "https://nas.local/", E::No,
         "two .local names are two sites"},
        {"http://localhost:3000", M::Default, "http://localhost:3000/", E::Yes, "localhost"},
        {"http://localhost:3000", M::Default, "http://localhost:4000/", E::No,
         "localhost, other port"},
        // International names
        {"https://bücher.de", M::Default, "https://xn--bcher-kva.de/", E::Yes,
         "IDN stored, punycode page"},
        {"https://xn--bcher-kva.de", M::Default, "https://BÜCHER.de/", E::Yes,
         "punycode stored, upper-case IDN page"},
        {"https://bücher.de", M::Default, "https://bucher.de/", E::No, "not the same name"},
        {"https://пример.рф", M::Default, "https://вход.пример.рф/", E::Yes, "Cyrillic subdomain"},
        // http and https
        {"https://example.com", M::Default, "http://example.com/", E::Insecure,
         "an https login on an http page is said"},
        {"example.com", M::Default, "http://example.com/", E::Insecure,
         "no scheme stored: the page is still unencrypted"},
        {"http://example.com", M::Default, "http://example.com/", E::Yes,
         "an http record on its http page"},
        {"http://example.com", M::Default, "https://example.com/", E::Yes,
         "an http record on the https page"},
        // Starts with: only at a boundary
        {"https://example.com/app", M::StartsWith, "https://example.com/app", E::Yes, "equal"},
        {"https://example.com/app", M::StartsWith, "https://example.com/app/login", E::Yes,
         "then /"},
        {"https://example.com/app", M::StartsWith, "https://example.com/app?x=1", E::Yes, "then ?"},
        {"https://example.com/app", M::StartsWith, "https://example.com/application", E::No,
         "not at a boundary"},
        {"https://example.com/app/", M::StartsWith, "https://example.com/app/x", E::Yes,
         "the record ends with /"},
        {"https://example.com", M::StartsWith, "https://example.com.evil.net/", E::No,
         "the host is not a prefix of another host"},
        {"https://example.com", M::StartsWith, "https://example.com/", E::Yes, "the root"},
        {"https://example.com/app", M::StartsWith, "http://example.com/app", E::No,
         "another scheme"},
        // Exact
        {"https://example.com/login", M::Exact, "https://example.com/login", E::Yes, "same"},
        {"https://example.com/login", M::Exact, "https://EXAMPLE.com:443/login", E::Yes,
         "normalised"},
        {"https://example.com/login", M::Exact, "https://example.com/login#top", E::Yes,
         "the fragment is dropped"},
        {"https://example.com/login", M::Exact, "https://example.com/login?next=/", E::No,
         "a query is part of the address"},
        {"https://example.com/login", M::Exact, "https://example.com/Login", E::No,
         "paths are case-sensitive"},
        // Regex: anchored, capped
        {"https://example\\.com/.*", M::Regex, "https://example.com/any", E::Yes, "matches"},
        {"https://example\\.com", M::Regex, "https://example.com/", E::No,
         "anchored: the path is not matched"},
        {"example\\.com", M::Regex, "https://example.com/", E::No, "anchored at the start"},
        {"https://(a|b)\\.example\\.com/", M::Regex, "https://b.example.com/", E::Yes,
         "alternatives"},
        {"https://[", M::Regex, "https://example.com/", E::No, "invalid: never matches"},
        {"https://(a+)+b", M::Regex,
         "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com/", E::No,
         "catastrophic backtracking ends in no match"},
        {"https://example\\.com/(x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
         "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
         "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
         "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x)?",
         M::Regex, "https://example.com/", E::No, "longer than 256 characters: refused"},
        // Never
        {"https://example.com", M::Never, "https://example.com/", E::Veto, "never offered"},
        {"https://example.com", M::Never, "https://other.net/", E::Veto, "never, anywhere"},
        // Pages that are no web address
        {"https://example.com", M::Default, "javascript:alert(1)", E::BadPage, "no host"},
        {"https://example.com", M::Default, "ftp://example.com/", E::BadPage, "ftp"},
        {"https://example.com", M::Default, "", E::BadPage, "empty"},
        {"https://example.com", M::Default, "https://exa mple.com/", E::BadPage, "a space"},
        {"https://example.com", M::Default, "https://example..com/", E::BadPage, "an empty label"},
        // Records that are no web address
        {"not a url", M::Default, "https://example.com/", E::No, "text"},
        {"androidapp://com.example.app", M::Default, "https://example.com/", E::No,
         "an app's address never matches a page"},
    };
}

TEST(UrlMatcher, WhichRecordIsOfferedOnWhichPage) {
    const std::vector<Row> rows = webRows();
    ASSERT_GE(rows.size(), 80U);
    for (const Row &row : rows) {
        SCOPED_TRACE(std::string(row.record) + " [" + matchModeName(row.mode).toStdString() +
                     "] on " + row.page + ": " + row.why);
        const std::optional<SiteAddress> page = parseSiteAddress(QString::fromUtf8(row.page));
        if (row.expect == E::BadPage) {
            EXPECT_FALSE(page.has_value());
            continue;
        }
        ASSERT_TRUE(page.has_value());
        const PageMatch match = matchPage(QString::fromUtf8(row.record), row.mode, *page);
        EXPECT_EQ(match.vetoed, row.expect == E::Veto);
        EXPECT_EQ(match.matched, row.expect == E::Yes || row.expect == E::Insecure);
        EXPECT_EQ(match.insecure, row.expect == E::Insecure);
    }
}

TEST(UrlMatcher, ModesHaveStableNamesAndIndexKeysAreSites) {
    for (const MatchMode mode :
         {M::Default, M::Domain, M::Host, M::StartsWith, M::Exact, M::Regex, M::Never})
        EXPECT_EQ(matchModeNamed(matchModeName(mode)), mode);
    EXPECT_FALSE(matchModeNamed(QStringLiteral("Domain")).has_value());
    EXPECT_EQ(siteKey(QStringLiteral("https://login.Example.com:8443/x")),
              QStringLiteral("example.com"));
    EXPECT_EQ(siteKey(QStringLiteral("https://bob.github.io")), QStringLiteral("bob.github.io"));
    EXPECT_EQ(siteKey(QStringLiteral("https://192.168.1.10:8080")), QStringLiteral("192.168.1.10"));
    EXPECT_EQ(siteKey(QStringLiteral("https://bücher.de")), QStringLiteral("xn--bcher-kva.de"));
    EXPECT_EQ(siteKey(QStringLiteral("androidapp://com.example.app")), QString());
    EXPECT_EQ(parseSiteAddress(QStringLiteral("https://Example.com:443/a?b=1#c"))->normalized(),
              QStringLiteral("https://example.com/a?b=1"));
}

QByteArray digest(const char *certificate) {
    return QCryptographicHash::hash(certificate, QCryptographicHash::Sha256);
}

struct AppRow {
    const char *record;
    std::vector<QByteArray> confirmed;
    const char *package;
    std::vector<QByteArray> certificates;
    bool matched;
    bool needsConfirmation;
    const char *why;
};

TEST(AppMatcher, APackageFillsOnlyWithAConfirmedCertificate) {
    const QByteArray real = digest("the bank's certificate");
    const QByteArray other = digest("somebody else's certificate");
    const QByteArray rotated = digest("the bank's next certificate");
    const std::vector<AppRow> rows = {
        {"androidapp://com.bank.app", {real}, "com.bank.app", {real}, true, false, "confirmed"},
        {"androidapp://com.bank.app",
         {real},
         "com.bank.app",
         {other},
         false,
         false,
         "the same name, another signer"},
        {"androidapp://com.bank.app",
         {},
         "com.bank.app",
         {real},
         false,
         true,
         "first fill: the user confirms"},
        {"androidapp://com.bank.app",
         {real},
         "com.bank.app",
         {rotated, real},
         true,
         false,
         "one of the app's certificates is confirmed"},
        {"androidapp://com.bank.app",
         {real},
         "com.bank.app.evil",
         {real},
         false,
         false,
         "another package"},
        {"androidapp://com.bank.app",
         {real},
         "com.bank",
         {real},
         false,
         false,
         "a shorter package"},
        {"androidapp://com.bank.app",
         {real},
         "com.bank.app",
         {},
         false,
         false,
         "no certificate reported"},
        {"androidapp://com.bank.app",
         {QByteArray(5, 'x')},
         "com.bank.app",
         {QByteArray(5, 'x')},
         false,
         false,
         "not a digest"},
        {"androidapp://com.bank.app/",
         {real},
         "com.bank.app",
         {real},
         true,
         false,
         "a trailing slash"},
        {"ANDROIDAPP://com.bank.app",
         {real},
         "com.bank.app",
         {real},
         true,
         false,
         "the scheme in upper case"},
        {"androidapp://bank", {real}, "bank", {real}, false, false, "not a package name"},
        {"androidapp://com.bank.app;x",
         {real},
         "com.bank.app;x",
         {real},
         false,
         false,
         "not a package name"},
        {"https://bank.example",
         {real},
         "com.bank.app",
         {real},
         false,
         false,
         "a web address is no app"},
    };
    for (const AppRow &row : rows) {
        SCOPED_TRACE(std::string(row.record) + " asked by " + row.package + ": " + row.why);
        const AppMatch match =
            matchApp(QString::fromUtf8(row.record),
                     QList<QByteArray>(row.confirmed.begin(), row.confirmed.end()),
                     {QString::fromUtf8(row.package),
                      QList<QByteArray>(row.certificates.begin(), row.certificates.end())});
        EXPECT_EQ(match.matched, row.matched);
        EXPECT_EQ(match.needsConfirmation, row.needsConfirmation);
    }
}

TEST(AppMatcher, BrowsersAreTrustedByPackageAndCertificateNeverByNameAlone) {
    const QByteArray chrome = digest("Google's certificate");
    const QList<AppIdentity> browsers = {
        {QStringLiteral("com.android.chrome"), {chrome}},
        {QStringLiteral("org.mozilla.firefox"), {digest("Mozilla's certificate")}}};
    EXPECT_TRUE(isTrustedBrowser({QStringLiteral("com.android.chrome"), {chrome}}, browsers));
    EXPECT_FALSE(isTrustedBrowser(
        {QStringLiteral("com.android.chrome"), {digest("a repackaged copy")}}, browsers));
    EXPECT_FALSE(isTrustedBrowser({QStringLiteral("com.android.chrome"), {}}, browsers));
    EXPECT_FALSE(isTrustedBrowser({QStringLiteral("com.example.notes"), {chrome}}, browsers));
    EXPECT_FALSE(isTrustedBrowser({QStringLiteral("org.mozilla.firefox"), {chrome}}, browsers));
}

} // namespace
} // namespace vaultlink
