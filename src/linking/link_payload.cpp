#include "src/linking/link_payload.h"

#include "src/crypto/spki_pin.h"
#include "src/linking/foreign_code.h"
#include "src/linking/link_query.h"
#include "src/net/server_address.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace vaultlink {

namespace {

using Parsed = LinkPayload::Parsed;
using Problem = LinkPayload::Problem;

constexpr qsizetype kMinTokenLength = 16;
constexpr qsizetype kMaxTokenLength = 256;

// How the user knows each parameter; messages name the part, never its value, so that the
// token (and whatever else a damaged code holds) stays off the screen and out of logs.
QString partName(const QString &parameter) {
    static const QHash<QString, QString> names{
        {QStringLiteral("v"), QStringLiteral("version number")},
        {QStringLiteral("server"), QStringLiteral("server address")},
        {QStringLiteral("db"), QStringLiteral("database id")},
        {QStringLiteral("dbname"), QStringLiteral("database name")},
        {QStringLiteral("user"), QStringLiteral("user name")},
        {QStringLiteral("token"), QStringLiteral("link token")},
        {QStringLiteral("pin"), QStringLiteral("server key pin")},
    };
    return names.value(parameter, QStringLiteral("“%1” parameter").arg(parameter));
}

Parsed refuse(Problem problem, const QString &message) {
    Parsed parsed;
    parsed.problem = problem;
    parsed.message = message;
    return parsed;
}

Parsed malformed(const QString &message) {
    return refuse(Problem::Malformed, message);
}

Parsed missing(const QString &parameter) {
    return malformed(QStringLiteral("the link code has no %1").arg(partName(parameter)));
}

// The query of "vaultlink://link?…" (or the opaque "vaultlink:link?…"); nullopt for any other
// text. Scheme and host compare case-insensitively, as URLs do.
std::optional<QString> linkCodeQuery(const QString &text) {
    static const QRegularExpression form(
        QStringLiteral("^vaultlink:(?://link/?|link)(?:\\?(.*))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

bool isDecimal(const QString &text) {
    // anchoredPattern, not ^…$: '$' would also match before a final "\n" (from "%0A").
    static const QRegularExpression digits(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+")));
    return digits.match(text).hasMatch();
}

// Only the version is checked before anything else: a newer server may have changed every
// other part, and "update Vaultlink" is the one useful thing to say about such a code.
std::optional<Parsed> versionProblem(const LinkQuery &query) {
    const QString v = QStringLiteral("v");
    if (query.duplicated.contains(v))
        return malformed(QStringLiteral("the link code gives its version number twice"));
    if (query.undecodable.contains(v))
        return malformed(QStringLiteral("the link code's version number is not correctly encoded"));
    const QString version = query.values.value(v);
    if (version.isEmpty())
        return missing(v);
    if (!isDecimal(version))
        return malformed(QStringLiteral("the link code's version number is not a whole number"));
    bool fits = false;
    const qint64 number = version.toLongLong(&fits);
    if (fits && number == 0)
        return malformed(QStringLiteral("the link code's version number is not valid"));
    // Numbers too large for qint64 are still newer versions, not garbage.
    if (!fits || number != 1)
        return refuse(Problem::UnsupportedVersion,
                      QStringLiteral("this link code was made by a newer Vaultlink server; "
                                     "update Vaultlink to use it"));
    return std::nullopt;
}

std::optional<Parsed> encodingProblem(const LinkQuery &query) {
    static const QStringList known{QStringLiteral("server"), QStringLiteral("db"),
                                   QStringLiteral("dbname"), QStringLiteral("user"),
                                   QStringLiteral("token"),  QStringLiteral("pin")};
    for (const QString &parameter : known) {
        if (query.duplicated.contains(parameter))
            return malformed(
                QStringLiteral("the link code gives its %1 twice").arg(partName(parameter)));
        if (query.undecodable.contains(parameter))
            return malformed(QStringLiteral("the link code's %1 is not correctly encoded")
                                 .arg(partName(parameter)));
    }
    return std::nullopt;
}

std::optional<Parsed> readServer(const QString &text, LinkPayload &payload) {
    if (text.isEmpty())
        return missing(QStringLiteral("server"));
    // Said outright rather than left to ServerAddress: a code pointing at plain http is most
    // likely a misconfigured public-url, and the admin needs to hear exactly that.
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return malformed(QStringLiteral("the link code's server address uses http, not https; "
                                        "Vaultlink only connects over https"));
    const ServerAddress address = ServerAddress::parse(text);
    if (!address.url)
        return malformed(
            QStringLiteral("the link code's server address is not usable: %1").arg(address.error));
    if (address.url->scheme() != QLatin1String("https"))
        return malformed(QStringLiteral("the link code's server address does not use https"));
    payload.server = *address.url;
    return std::nullopt;
}

std::optional<Parsed> readDatabaseId(const QString &text, LinkPayload &payload) {
    if (text.isEmpty())
        return missing(QStringLiteral("db"));
    bool fits = false;
    const qint64 id = isDecimal(text) ? text.toLongLong(&fits) : 0;
    if (!fits || id <= 0)
        return malformed(QStringLiteral("the link code's database id is not a positive number"));
    payload.databaseId = id;
    return std::nullopt;
}

std::optional<Parsed> readUser(const QString &text, LinkPayload &payload) {
    if (text.isEmpty())
        return missing(QStringLiteral("user"));
    payload.userName = text;
    return std::nullopt;
}

std::optional<Parsed> readToken(const QString &text, LinkPayload &payload) {
    static const QRegularExpression base64url(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]*")));
    if (text.isEmpty())
        return missing(QStringLiteral("token"));
    if (!base64url.match(text).hasMatch())
        return malformed(
            QStringLiteral("the link code's link token contains characters a token cannot have"));
    if (text.size() < kMinTokenLength)
        return malformed(QStringLiteral("the link code's link token is too short"));
    if (text.size() > kMaxTokenLength)
        return malformed(QStringLiteral("the link code's link token is too long"));
    payload.token = text;
    return std::nullopt;
}

std::optional<Parsed> readPin(const QString &text, LinkPayload &payload) {
    if (text.isEmpty())
        return missing(QStringLiteral("pin"));
    const std::optional<QByteArray> hash = parsePin(text);
    if (!hash)
        return malformed(
            QStringLiteral("the link code's server key pin is not a valid sha256 pin"));
    // Written out again so that pins compare as strings whatever padding the code used.
    payload.pin = QStringLiteral("sha256/") + QString::fromLatin1(hash->toBase64());
    return std::nullopt;
}

} // namespace

LinkPayload::Parsed LinkPayload::parse(const QString &text) {
    const QString trimmed = text.trimmed();
    const std::optional<QString> queryText = linkCodeQuery(trimmed);
    if (!queryText)
        return refuse(Problem::NotVaultlink,
                      QStringLiteral("this QR code is not a Vaultlink link code (it holds %1)")
                          .arg(describeForeignCode(trimmed)));
    // The server escapes '#', so one here means the code was cut or edited.
    if (queryText->contains(u'#'))
        return malformed(QStringLiteral("the link code has unexpected text after its parameters"));

    const LinkQuery query = LinkQuery::parse(*queryText);
    if (auto problem = versionProblem(query))
        return *problem;
    if (auto problem = encodingProblem(query))
        return *problem;

    LinkPayload payload;
    const auto value = [&query](const char *name) {
        return query.values.value(QLatin1String(name));
    };
    if (auto problem = readServer(value("server"), payload))
        return *problem;
    if (auto problem = readDatabaseId(value("db"), payload))
        return *problem;
    if (auto problem = readUser(value("user"), payload))
        return *problem;
    if (auto problem = readToken(value("token"), payload))
        return *problem;
    if (auto problem = readPin(value("pin"), payload))
        return *problem;
    payload.databaseName = value("dbname");

    Parsed parsed;
    parsed.payload = std::move(payload);
    return parsed;
}

} // namespace vaultlink
