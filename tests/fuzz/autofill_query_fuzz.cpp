// What the phone's autofill service hands the native side for one form (the JSON its Java side
// writes, holding a page's address and an app's name from another app's screen):
// decodeAutofillQuery (with the screen's fields, readLoginForm), then the service's decision and
// a pick over a vault that offers one login.

#include "platform/autofill_service.h"
#include "tests/fuzz/fuzz_target.h"

using namespace vaultlink;
using namespace vaultlink::platform;

namespace {
class OneLogin final : public AutofillSource {
public:
    bool unlocked() const override { return true; }
    QList<AutofillOffer> offers(const AutofillQuery &, bool) override {
        return {{1, QStringLiteral("Bank"), QStringLiteral("ada"), false, true}};
    }
    std::optional<Login> login(qint64) override {
        return Login{QStringLiteral("ada"), SecureBuffer::copyOf("pw")};
    }
    void confirmApp(qint64, const AppIdentity &) override { ++confirmed; }
    int confirmed = 0;
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
    for (const int index : answer.userFields + answer.passwordFields)
        VAULTLINK_FUZZ_CHECK(index >= 0);
    for (const int index : answer.userFields)
        VAULTLINK_FUZZ_CHECK(!answer.passwordFields.contains(index));
    const AutofillPick unconfirmed =
        pickFill(*query, 1, false, vault, trustedBrowsers(), QStringLiteral("org.vaultlink.app"));
    VAULTLINK_FUZZ_CHECK(unconfirmed.result != AutofillPick::Result::Filled);
    VAULTLINK_FUZZ_CHECK(vault.confirmed == 0);
}
