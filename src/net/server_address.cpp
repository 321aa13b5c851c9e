#include "src/net/server_address.h"

#include <QHostAddress>

#include <algorithm>

namespace vaultlink {

namespace {

ServerAddress refuse(const QString &why) {
    return {std::nullopt, why};
}

// Letters, digits and inner hyphens per label (after IDNA), as DNS names allow. Underscores are
// refused too: certificates cannot name such hosts.
bool isHostName(const QString &ace) {
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    for (const QStringView label : QStringView(ace).split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label)
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
                return false;
    }
    return true;
}

struct Scheme {
    QString name;         // lower case; empty when none was written
    qsizetype rest = 0;   // where the part after the scheme starts
    bool slashes = false; // written as "scheme://"
};

// The scheme the user wrote, if any: "x://…", or "http:…"/"https:…" without slashes (a scheme
// is only guessed for those two, so that "host:8443" stays a host and port).
Scheme schemeOf(const QString &text) {
    const qsizetype slashes = text.indexOf(QLatin1String("://"));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (slashes > 0 && slashes == colon)
        return {text.left(slashes).toLower(), slashes + 3, true};
    const QString head = text.left(colon).toLower();
    if (colon > 0 && (head == QLatin1String("http") || head == QLatin1String("https")))
        return {head, colon + 1, false};
    return {};
}

bool isDigits(const QString &text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

} // namespace

ServerAddress ServerAddress::parse(const QString &input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return refuse(QStringLiteral("enter the server's address, e.g. vault.example.com"));

    const Scheme scheme = schemeOf(text);
    if (scheme.name == QLatin1String("http"))
        return refuse(QStringLiteral("plain HTTP is refused: passwords are only sent over HTTPS; "
                                     "use an https:// address"));
    if (!scheme.name.isEmpty() && scheme.name != QLatin1String("https"))
        return refuse(
            QStringLiteral("the address must be an https:// address, not %1:").arg(scheme.name));
    if (!scheme.name.isEmpty() && !scheme.slashes)
        return refuse(QStringLiteral("the address is malformed; write it as https://host"));

    const QString rest = text.mid(scheme.rest);
    if (rest.contains(QLatin1Char('#')))
        return refuse(QStringLiteral("the address must not contain a fragment (#…)"));
    if (rest.contains(QLatin1Char('?')))
        return refuse(QStringLiteral("the address must not contain a query (?…)"));
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    QString path = slash < 0 ? QString() : rest.mid(slash);
    if (authority.contains(QLatin1Char('@')))
        return refuse(QStringLiteral("the address must not contain a user name or password (…@)"));

    QString host = authority;
    std::optional<QString> port;
    bool ipv6 = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(QStringLiteral("the IPv6 address lacks its closing bracket"));
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return refuse(QStringLiteral("unexpected text after the IPv6 address"));
        if (!after.isEmpty())
            port = after.mid(1);
        const QHostAddress address(host);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol)
            return refuse(QStringLiteral("'%1' is not a valid IPv6 address").arg(host));
        ipv6 = true;
    } else if (authority.count(QLatin1Char(':')) > 1) {
        return refuse(QStringLiteral("write an IPv6 address in brackets, e.g. [2001:db8::1]:8443"));
    } else if (const qsizetype colon = authority.indexOf(QLatin1Char(':')); colon >= 0) {
        host = authority.left(colon);
        port = authority.mid(colon + 1);
    }

    if (host.isEmpty())
        return refuse(QStringLiteral("the address has no server name"));
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    if (ipv6) {
        url.setHost(host);
    } else {
        const QString ace = QString::fromLatin1(QUrl::toAce(host));
        if (!isHostName(ace))
            return refuse(QStringLiteral("'%1' is not a valid server name").arg(host));
        url.setHost(ace.toLower());
    }

    if (port) {
        bool ok = false;
        const int number = port->toInt(&ok);
        if (!isDigits(*port) || !ok || number < 1 || number > 65535)
            return refuse(QStringLiteral("'%1' is not a valid port (1 to 65535)").arg(*port));
        if (number != 443)
            url.setPort(number);
    }

    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty())
        url.setPath(path, QUrl::TolerantMode);
    if (!url.isValid())
        return refuse(QStringLiteral("the address is malformed (%1)").arg(url.errorString()));
    return {url, {}};
}

} // namespace vaultlink
