#include "src/linking/link_payload.h"

#include "src/base/message_catalog.h"
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

// How the user knows each parameter (a term of the catalog); messages name the part, never its
// value, so that the token (and whatever else a damaged code holds) stays off the screen and out
// of logs.
Message part(const QString &parameter) {
    static const QHash<QString, QLatin1StringView> terms{
        {QStringLiteral("v"), msg::PartVersion},
        {QStringLiteral("server"), msg::PartServer},
        {QStringLiteral("db"), msg::PartDatabaseId},
        {QStringLiteral("dbname"), msg::PartDatabaseName},
        {QStringLiteral("user"), msg::PartUser},
        {QStringLiteral("token"), msg::PartToken},
        {QStringLiteral("pin"), msg::PartPin},
    };
    return Message(terms.value(parameter));
}

Parsed refuse(Problem problem, Message message) {
    Parsed parsed;
    parsed.problem = problem;
    parsed.message = std::move(message);
    return parsed;
}

Parsed malformed(QLatin1StringView key, Message inner = {}) {
    return refuse(Problem::Malformed, Message(key, {}, std::move(inner)));
}

Parsed missing(const QString &parameter) {
    return malformed(msg::QrPartMissing, part(parameter));
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
        return malformed(msg::QrPartTwice, part(v));
    if (query.undecodable.contains(v))
        return malformed(msg::QrPartEncoding, part(v));
    const QString version = query.values.value(v);
    if (version.isEmpty())
        return missing(v);
    if (!isDecimal(version))
        return malformed(msg::QrVersionNotNumber);
    bool fits = false;
    const qint64 number = version.toLongLong(&fits);
    if (fits && number == 0)
        return malformed(msg::QrVersionInvalid);
    // Numbers too large for qint64 are still newer versions, not garbage.
    if (!fits || number != 1)
        return refuse(Problem::UnsupportedVersion, Message(msg::QrNewerVersion));
    return std::nullopt;
}

std::optional<Parsed> encodingProblem(const LinkQuery &query) {
    static const QStringList known{QStringLiteral("server"), QStringLiteral("db"),
                                   QStringLiteral("dbname"), QStringLiteral("user"),
                                   QStringLiteral("token"),  QStringLiteral("pin")};
    for (const QString &parameter : known) {
        if (query.duplicated.contains(parameter))
            return malformed(msg::QrPartTwice, part(parameter));
        if (query.undecodable.contains(parameter))
            return malformed(msg::QrPartEncoding, part(parameter));
    }
    return std::nullopt;
}

std::optional<Parsed> readServer(const QString &text, LinkPayload &payload) {
    if (text.isEmpty())
        return missing(QStringLiteral("server"));
    // Said outright rather than left to ServerAddress: a code pointing at plain http is most
    // likely a misconfigured public-url, and the admin needs to hear exactly that.
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return malformed(msg::QrServerHttp);
    const ServerAddress address = ServerAddress::parse(text);
    if (!address.url)
        return malformed(msg::QrServerUnusable, address.error);
    if (address.url->scheme() != QLatin1String("https"))
        return malformed(msg::QrServerNotHttps);
    payload.server = *address.url;
    return std::nullopt;
}

std::optional<Parsed> readDatabaseId(const QString &text, LinkPayload &payload) {
    if (text.isEmpty())
        return missing(QStringLiteral("db"));
    bool fits = false;
    const qint64 id = isDecimal(text) ? text.toLongLong(&fits) : 0;
    if (!fits || id <= 0)
        return malformed(msg::QrDatabaseId);
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
        return malformed(msg::QrTokenCharacters);
    if (text.size() < kMinTokenLength)
        return malformed(msg::QrTokenShort);
    if (text.size() > kMaxTokenLength)
        return malformed(msg::QrTokenLong);
    payload.token = text;
    return std::nullopt;
}

std::optional<Parsed> readPin(const QString &text, LinkPayload &payload) {
    if (text.isEmpty())
        return missing(QStringLiteral("pin"));
    const std::optional<QByteArray> hash = parsePin(text);
    if (!hash)
        return malformed(msg::QrPinInvalid);
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
                      Message(msg::QrForeign, {}, describeForeignCode(trimmed)));
    // The server escapes '#', so one here means the code was cut or edited.
    if (queryText->contains(u'#'))
        return malformed(msg::QrTrailingText);

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
