#include "src/net/server_address.h"

#include "src/base/message_catalog.h"

#include <QHostAddress>

#include <algorithm>

namespace vaultlink {

namespace {

ServerAddress refuse(QLatin1StringView key, const QStringList &args = {}) {
    return {std::nullopt, Message(key, args)};
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

bool isAsciiHexDigit(QChar c) {
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
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
        return refuse(msg::AddressEmpty);

    const Scheme scheme = schemeOf(text);
    if (scheme.name == QLatin1String("http"))
        return refuse(msg::AddressPlainHttp);
    if (!scheme.name.isEmpty() && scheme.name != QLatin1String("https"))
        return refuse(msg::AddressScheme, {scheme.name});
    if (!scheme.name.isEmpty() && !scheme.slashes)
        return refuse(msg::AddressNoSlashes);

    const QString rest = text.mid(scheme.rest);
    if (rest.contains(QLatin1Char('#')))
        return refuse(msg::AddressFragment);
    if (rest.contains(QLatin1Char('?')))
        return refuse(msg::AddressQuery);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    QString path = slash < 0 ? QString() : rest.mid(slash);
    if (authority.contains(QLatin1Char('@')))
        return refuse(msg::AddressUserInfo);

    QString host = authority;
    std::optional<QString> port;
    bool ipv6 = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(msg::AddressIpv6Unclosed);
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return refuse(msg::AddressAfterIpv6);
        if (!after.isEmpty())
            port = after.mid(1);
        // Hex digits, colons and the dots of an embedded IPv4 address only: QHostAddress reads
        // "::1" out of "::1\0\0" and URLs lost such a host. And no zone ("fe80::1%eth0"): it
        // names an interface of this device, no certificate names such an address, and its URL
        // form ("%25eth0") read back would name another zone.
        const QHostAddress address(host);
        const bool plain = std::all_of(host.begin(), host.end(), [](QChar c) {
            return isAsciiHexDigit(c) || c == QLatin1Char(':') || c == QLatin1Char('.');
        });
        if (!plain || address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol)
            return refuse(msg::AddressIpv6Invalid, {host});
        ipv6 = true;
    } else if (authority.count(QLatin1Char(':')) > 1) {
        return refuse(msg::AddressIpv6Brackets);
    } else if (const qsizetype colon = authority.indexOf(QLatin1Char(':')); colon >= 0) {
        host = authority.left(colon);
        port = authority.mid(colon + 1);
    }

    if (host.isEmpty())
        return refuse(msg::AddressNoHost);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    if (ipv6) {
        url.setHost(host);
    } else {
        const QString ace = QString::fromLatin1(QUrl::toAce(host));
        if (!isHostName(ace))
            return refuse(msg::AddressHostInvalid, {host});
        url.setHost(ace.toLower());
    }

    if (port) {
        bool ok = false;
        const int number = port->toInt(&ok);
        if (!isDigits(*port) || !ok || number < 1 || number > 65535)
            return refuse(msg::AddressPortInvalid, {*port});
        if (number != 443)
            url.setPort(number);
    }

    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty())
        url.setPath(path, QUrl::TolerantMode);
    if (!url.isValid())
        return refuse(msg::AddressMalformed, {url.errorString()});
    return {url, {}};
}

} // namespace vaultlink
