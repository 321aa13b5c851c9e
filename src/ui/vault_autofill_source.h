#pragma once

#include "platform/autofill_service.h"

namespace vaultlink::ui {

class VaultSession;

// The phone's autofill service's view of the app: the open vault's offers, through the mirror's
// autofill index (findAutofillCandidates); locked while no profile is open.
class VaultAutofillSource final : public platform::AutofillSource {
public:
    explicit VaultAutofillSource(VaultSession &session)
        : m_session(session) {}
    bool unlocked() const override;
    QList<platform::AutofillOffer> offers(const platform::AutofillQuery &query,
                                          bool trustedBrowser) override;
    std::optional<Login> login(qint64 id) override;
    void confirmApp(qint64 id, const AppIdentity &app) override;

private:
    VaultSession &m_session;
};

} // namespace vaultlink::ui
