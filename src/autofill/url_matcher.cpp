#include "src/autofill/url_matcher.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace vaultlink {

namespace {
constexpr qsizetype kMaxPattern = 256;

constexpr std::array<std::pair<MatchMode, const char *>, 7> kNames{{
    {MatchMode::Default, "default"},
    {MatchMode::Domain, "domain"},
    {MatchMode::Host, "host"},
    {MatchMode::StartsWith, "starts-with"},
    {MatchMode::Exact, "exact"},
    {MatchMode::Regex, "regex"},
    {MatchMode::Never, "never"},
}};

QString withoutWww(const QString &host) {
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

// `inner` is `outer` or a name below it.
bool within(const QString &inner, const QString &outer) {
    return inner == outer || inner.endsWith(QLatin1Char('.') + outer);
}

bool sameHostAndPort(const SiteAddress &record, const SiteAddress &page) {
    return record.host == page.host && record.port == page.port;
}

bool defaultMatch(const SiteAddress &record, const SiteAddress &page) {
    if (page.kind != SiteAddress::HostKind::Name || record.kind != SiteAddress::HostKind::Name)
        return sameHostAndPort(record, page);
    if (record.site != page.site)
        return false;
    // A port the record names is part of the site it was saved on.
    if (record.portGiven && record.port != page.port)
        return false;
    const QString a = withoutWww(record.host);
    const QString b = withoutWww(page.host);
    return within(a, b) || within(b, a);
}

bool startsWithAtBoundary(const QString &page, const QString &prefix) {
    if (!page.startsWith(prefix))
        return false;
    if (page.size() == prefix.size() || prefix.endsWith(QLatin1Char('/')))
        return true;
    const QChar next = page.at(prefix.size());
    return next == QLatin1Char('/') || next == QLatin1Char('?') || next == QLatin1Char('#');
}

bool regexMatch(const QString &pattern, const SiteAddress &page) {
    if (pattern.isEmpty() || pattern.size() > kMaxPattern)
        return false;
    // PCRE2's match limit ends runaway backtracking; such a match counts as none.
    const QRegularExpression expression(QStringLiteral("\\A(?:") + pattern +
                                        QStringLiteral(")\\z"));
    if (!expression.isValid())
        return false;
    return expression.match(page.normalized()).hasMatch();
}
} // namespace

std::optional<MatchMode> matchModeNamed(const QString &name) {
    for (const auto &[mode, text] : kNames)
        if (name == QLatin1String(text))
            return mode;
    return std::nullopt;
}

QString matchModeName(MatchMode mode) {
    for (const auto &[known, text] : kNames)
        if (known == mode)
            return QString::fromLatin1(text);
    return QStringLiteral("default");
}

PageMatch matchPage(const QString &recordUrl, MatchMode mode, const SiteAddress &page) {
    PageMatch result;
    if (mode == MatchMode::Never) {
        result.vetoed = true;
        return result;
    }
    if (mode == MatchMode::Regex) {
        result.matched = regexMatch(recordUrl, page);
    } else {
        const std::optional<SiteAddress> record = parseSiteAddress(recordUrl);
        if (!record)
            return result;
        switch (mode) {
        case MatchMode::Default:
            result.matched = defaultMatch(*record, page);
            break;
        case MatchMode::Domain:
            result.matched = page.kind == SiteAddress::HostKind::Name &&
                                     record->kind == SiteAddress::HostKind::Name
                                 ? record->site == page.site
                                 : sameHostAndPort(*record, page);
            break;
        case MatchMode::Host:
            result.matched = sameHostAndPort(*record, page);
            break;
        case MatchMode::StartsWith:
            result.matched = startsWithAtBoundary(page.normalized(), record->normalized());
            break;
        case MatchMode::Exact:
            result.matched = page.normalized() == record->normalized();
            break;
        case MatchMode::Regex:
        case MatchMode::Never:
            break;
        }
        result.insecure = result.matched && page.scheme == QLatin1String("http") &&
                          !(record->schemeGiven && record->scheme == QLatin1String("http"));
        return result;
    }
    result.insecure = result.matched && page.scheme == QLatin1String("http");
    return result;
}

QString siteKey(const QString &recordUrl) {
    const std::optional<SiteAddress> address = parseSiteAddress(recordUrl);
    return address ? address->site : QString();
}

} // namespace vaultlink
