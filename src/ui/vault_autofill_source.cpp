#include "src/ui/vault_autofill_source.h"

#include "src/storage/autofill_lookup.h"
#include "src/ui/vault_session.h"

namespace vaultlink::ui {

bool VaultAutofillSource::unlocked() const {
    return m_session.isOpen();
}

QList<platform::AutofillOffer> VaultAutofillSource::offers(const platform::AutofillQuery &query,
                                                           bool trustedBrowser) {
    QList<platform::AutofillOffer> offers;
    Mirror *mirror = m_session.mirror();
    if (!mirror)
        return offers;
    AutofillRequest request{query.webAddress, std::nullopt, trustedBrowser};
    // A page inside an app is the page's; an app's own screen is the app's.
    if (query.webAddress.isEmpty() && !query.app.package.isEmpty())
        request.app = query.app;
    const std::optional<QList<AutofillCandidate>> found = findAutofillCandidates(*mirror, request);
    for (const AutofillCandidate &candidate : found.value_or(QList<AutofillCandidate>()))
        offers.append({candidate.id, candidate.title, candidate.userName, candidate.insecure,
                       candidate.needsConfirmation});
    return offers;
}

} // namespace vaultlink::ui
