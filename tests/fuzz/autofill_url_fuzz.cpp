// A web address as a browser or an app reports it to autofill, and a record's URL field:
// parseSiteAddress, then matchPage in the mode the first byte picks (record and page split at
// the first line feed).

#include "src/autofill/url_matcher.h"
#include "tests/fuzz/client_checks.h"
#include "tests/fuzz/fuzz_target.h"

using namespace vaultlink;

namespace {
void checkAddress(const SiteAddress &address) {
    VAULTLINK_FUZZ_CHECK(address.scheme == QLatin1String("http") ||
                         address.scheme == QLatin1String("https"));
    VAULTLINK_FUZZ_CHECK(!address.host.isEmpty() && !address.site.isEmpty());
    VAULTLINK_FUZZ_CHECK(address.host == address.host.toLower());
    VAULTLINK_FUZZ_CHECK(!address.host.endsWith(QLatin1Char('.')));
    for (const QChar c : address.host)
        VAULTLINK_FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f);
    VAULTLINK_FUZZ_CHECK(address.port > 0 && address.port < 65536);
    VAULTLINK_FUZZ_CHECK(address.path.startsWith(QLatin1Char('/')));
    VAULTLINK_FUZZ_CHECK(address.host == address.site || address.host.endsWith(address.site));
    // Normalising is stable: the normalised text reads back as the same address.
    const std::optional<SiteAddress> again = parseSiteAddress(address.normalized());
    VAULTLINK_FUZZ_CHECK(again.has_value());
    VAULTLINK_FUZZ_CHECK(again->normalized() == address.normalized());
    VAULTLINK_FUZZ_CHECK(again->site == address.site);
}
} // namespace

VAULTLINK_FUZZ_TARGET(autofill_url) {
    if (size == 0)
        return;
    const auto mode = static_cast<MatchMode>(data[0] % 7);
    const QString input = fuzz::text(data + 1, size - 1);
    const qsizetype split = input.indexOf(QLatin1Char('\n'));
    const QString record = split < 0 ? input : input.left(split);
    const QString pageText = split < 0 ? input : input.mid(split + 1);
    const std::optional<SiteAddress> page = parseSiteAddress(pageText);
    if (!page)
        return;
    checkAddress(*page);
    if (const std::optional<SiteAddress> stored = parseSiteAddress(record))
        checkAddress(*stored);
    const PageMatch match = matchPage(record, mode, *page);
    VAULTLINK_FUZZ_CHECK(match.vetoed == (mode == MatchMode::Never));
    VAULTLINK_FUZZ_CHECK(!match.insecure || match.matched);
    VAULTLINK_FUZZ_CHECK(!(match.matched && match.vetoed));
    // A page always matches its own address, whatever the mode but Never and Regex.
    if (mode != MatchMode::Never && mode != MatchMode::Regex)
        VAULTLINK_FUZZ_CHECK(matchPage(page->normalized(), mode, *page).matched);
}
