// A server address as the user types it (the Link page, `vaultlink-cli databases URL`), and as
// a link code carries it: ServerAddress::parse.

#include "src/net/server_address.h"
#include "tests/fuzz/client_checks.h"
#include "tests/fuzz/fuzz_target.h"

using namespace vaultlink;

VAULTLINK_FUZZ_TARGET(server_address) {
    const QString input = fuzz::text(data, size);
    const ServerAddress address = ServerAddress::parse(input);
    VAULTLINK_FUZZ_CHECK(address.url.has_value() == address.error.isEmpty());
    if (!address.url) {
        fuzz::checkMessage(address.error);
        return;
    }
    // https://host[:port][/path]: no user, query, fragment or trailing slash, never port 443
    // written out.
    const QUrl &url = *address.url;
    VAULTLINK_FUZZ_CHECK(url.isValid());
    VAULTLINK_FUZZ_CHECK(url.scheme() == QLatin1String("https"));
    VAULTLINK_FUZZ_CHECK(!url.host().isEmpty());
    VAULTLINK_FUZZ_CHECK(url.userInfo().isEmpty());
    VAULTLINK_FUZZ_CHECK(!url.hasQuery() && !url.hasFragment());
    VAULTLINK_FUZZ_CHECK(!url.path(QUrl::FullyEncoded).endsWith(QLatin1Char('/')));
    VAULTLINK_FUZZ_CHECK(url.port() != 443);
    // The profile keeps it as text (QUrl::toString) and reads it back with QUrl; its encoded form
    // given again as an address is the same address.
    VAULTLINK_FUZZ_CHECK(QUrl(url.toString()) == url);
    const ServerAddress again = ServerAddress::parse(url.toString(QUrl::FullyEncoded));
    VAULTLINK_FUZZ_CHECK(again.url && *again.url == url);
}
