// The text of a link QR code (docs/api.md §8) as the app and `vaultlink-cli link --qr-text` get
// it: LinkPayload::parse, with the query splitting and percent-decoding under it and the
// description of a foreign code.

#include "src/crypto/spki_pin.h"
#include "src/linking/foreign_code.h"
#include "src/linking/link_payload.h"
#include "src/linking/link_query.h"
#include "src/net/server_address.h"
#include "tests/fuzz/client_checks.h"
#include "tests/fuzz/fuzz_target.h"

#include <QRegularExpression>
#include <QUrl>

using namespace vaultlink;

namespace {

void checkPayload(const LinkPayload &payload) {
    // The server is a normalised https address: its encoded form parses to itself, and the text
    // the profile keeps of it reads back the same.
    VAULTLINK_FUZZ_CHECK(payload.server.scheme() == QLatin1String("https"));
    VAULTLINK_FUZZ_CHECK(payload.server.isValid() && !payload.server.host().isEmpty());
    VAULTLINK_FUZZ_CHECK(payload.server.userInfo().isEmpty());
    VAULTLINK_FUZZ_CHECK(!payload.server.hasQuery() && !payload.server.hasFragment());
    VAULTLINK_FUZZ_CHECK(QUrl(payload.server.toString()) == payload.server);
    const ServerAddress again = ServerAddress::parse(payload.server.toString(QUrl::FullyEncoded));
    VAULTLINK_FUZZ_CHECK(again.url && *again.url == payload.server);
    VAULTLINK_FUZZ_CHECK(payload.databaseId > 0);
    VAULTLINK_FUZZ_CHECK(!payload.userName.isEmpty());
    static const QRegularExpression token(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{16,256}")));
    VAULTLINK_FUZZ_CHECK(token.match(payload.token).hasMatch());
    // The pin is written out in its one canonical form.
    const std::optional<QByteArray> hash = parsePin(payload.pin);
    VAULTLINK_FUZZ_CHECK(hash && hash->size() == 32);
    VAULTLINK_FUZZ_CHECK(payload.pin ==
                         QStringLiteral("sha256/") + QString::fromLatin1(hash->toBase64()));
}

} // namespace

VAULTLINK_FUZZ_TARGET(link_payload) {
    const QString input = fuzz::text(data, size);

    const LinkPayload::Parsed parsed = LinkPayload::parse(input);
    VAULTLINK_FUZZ_CHECK(parsed.payload.has_value() ==
                         (parsed.problem == LinkPayload::Problem::None));
    if (parsed.payload) {
        VAULTLINK_FUZZ_CHECK(parsed.message.isEmpty());
        checkPayload(*parsed.payload);
    } else {
        fuzz::checkMessage(parsed.message);
    }

    // A foreign code is described by a term, never quoted.
    const Message foreign = describeForeignCode(input);
    fuzz::checkMessage(foreign);
    VAULTLINK_FUZZ_CHECK(foreign.args().isEmpty() && !foreign.inner());

    // The query's names fall into exactly one of the three lists.
    const LinkQuery query = LinkQuery::parse(input);
    for (const QString &name : query.duplicated)
        VAULTLINK_FUZZ_CHECK(!query.values.contains(name) && !query.undecodable.contains(name));
    for (const QString &name : query.undecodable)
        VAULTLINK_FUZZ_CHECK(!query.values.contains(name));

    // Percent-encoding any text as UTF-8 and decoding it gives the text back.
    const std::optional<QString> decoded =
        percentDecodeUtf8(QString::fromLatin1(QUrl::toPercentEncoding(input)));
    VAULTLINK_FUZZ_CHECK(decoded && *decoded == input);
}
