// What the phone's autofill service hands the native side for one form (the JSON its Java side
// writes, holding a page's address and an app's name from another app's screen):
// decodeAutofillQuery, then the service's decision over a vault that offers one login.

#include "platform/autofill_service.h"
#include "tests/fuzz/fuzz_target.h"

using namespace vaultlink;
using namespace vaultlink::platform;

namespace {
class OneLogin final : public AutofillSource {
public:
    bool unlocked() const override { return true; }
    QList<AutofillOffer> offers(const AutofillQuery &, bool) override {
        return {{1, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
    }
};
} // namespace

VAULTLINK_FUZZ_TARGET(autofill_query) {
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<AutofillQuery> query = decodeAutofillQuery(json);
    if (!query)
        return;
    for (const QByteArray &digest : query->app.certDigests)
        VAULTLINK_FUZZ_CHECK(digest.size() == 32);
    OneLogin vault;
    const AutofillAnswer answer =
        answerFill(*query, vault, trustedBrowsers(), QStringLiteral("org.vaultlink.app"));
    VAULTLINK_FUZZ_CHECK((answer.kind == AutofillAnswer::Kind::Offers) == !answer.offers.isEmpty());
    const QByteArray encoded = encodeAutofillAnswer(answer);
    VAULTLINK_FUZZ_CHECK(encoded.startsWith("{\"kind\":"));
}
