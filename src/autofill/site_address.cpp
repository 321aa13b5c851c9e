#include "src/autofill/site_address.h"

#include "src/autofill/public_suffix.h"

#include <QHostAddress>
#include <QUrl>

namespace vaultlink {

namespace {
constexpr qsizetype kMaxLength = 2048;

int defaultPort(const QString &scheme) {
    return scheme == QLatin1String("http") ? 80 : 443;
}
} // namespace

QString SiteAddress::normalized() const {
    QString text = scheme + QStringLiteral("://");
    text += kind == HostKind::Ip && host.contains(QLatin1Char(':'))
                ? QLatin1Char('[') + host + QLatin1Char(']')
                : host;
    if (port != defaultPort(scheme))
        text += QLatin1Char(':') + QString::number(port);
    return text + path;
}

std::optional<SiteAddress> parseSiteAddress(const QString &input) {
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > kMaxLength)
        return std::nullopt;
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.isSpace())
            return std::nullopt;
    SiteAddress address;
    const qsizetype separator = text.indexOf(QStringLiteral("://"));
    QString rest = text;
    if (separator >= 0) {
        address.scheme = text.left(separator).toLower();
        address.schemeGiven = true;
        rest = text.mid(separator + 3);
    } else {
        // "mailto:", "javascript:" and the like carry no host; "host:8080/path" does.
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (colon >= 0 && (slash < 0 || colon < slash) && colon + 1 < text.size() &&
            !text.at(colon + 1).isDigit())
            return std::nullopt;
        address.scheme = QStringLiteral("https");
    }
    if (address.scheme != QLatin1String("http") && address.scheme != QLatin1String("https"))
        return std::nullopt;

    const QUrl url(address.scheme + QStringLiteral("://") + rest, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    QString host = url.host(QUrl::FullyDecoded).toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty())
        return std::nullopt;
    const QHostAddress ip(host);
    if (!ip.isNull()) {
        address.kind = SiteAddress::HostKind::Ip;
        address.host = ip.toString().toLower();
    } else {
        address.host = QString::fromLatin1(QUrl::toAce(host));
        if (address.host.isEmpty() || address.host.startsWith(QLatin1Char('.')) ||
            address.host.contains(QStringLiteral("..")))
            return std::nullopt;
    }
    if (url.port() == 0) // "host:0": no service listens there
        return std::nullopt;
    address.portGiven = url.port() != -1;
    address.port = address.portGiven ? url.port() : defaultPort(address.scheme);
    address.path = url.path(QUrl::FullyEncoded);
    if (address.path.isEmpty())
        address.path = QStringLiteral("/");
    if (url.hasQuery())
        address.path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);

    if (address.kind != SiteAddress::HostKind::Ip) {
        if (address.host.endsWith(QLatin1String(".local")) ||
            address.host.endsWith(QLatin1String(".localhost")) ||
            address.host == QLatin1String("localhost"))
            address.kind = SiteAddress::HostKind::Local;
        else if (!address.host.contains(QLatin1Char('.')))
            address.kind = SiteAddress::HostKind::SingleLabel;
    }
    address.site = address.kind == SiteAddress::HostKind::Name ? registrableDomain(address.host)
                                                               : address.host;
    if (address.site.isEmpty()) { // the host is a public suffix itself: a site of its own
        address.kind = SiteAddress::HostKind::SingleLabel;
        address.site = address.host;
    }
    // Percent-encoding may lengthen it: what is compared must read back as itself.
    if (address.normalized().size() > kMaxLength)
        return std::nullopt;
    return address;
}

} // namespace vaultlink
