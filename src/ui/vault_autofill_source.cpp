#include "src/ui/vault_autofill_source.h"

#include "src/storage/autofill_lookup.h"
#include "src/storage/mirror.h"
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

std::optional<platform::AutofillSource::Login> VaultAutofillSource::login(qint64 id) {
    Mirror *mirror = m_session.mirror();
    if (!mirror)
        return std::nullopt;
    const std::optional<SecureBuffer> password =
        autofillValue(*mirror, id, QStringLiteral("password"));
    if (!password)
        return std::nullopt;
    const std::optional<SecureBuffer> user = autofillValue(*mirror, id, QStringLiteral("username"));
    return Login{user ? QString::fromUtf8(user->view()) : QString(),
                 SecureBuffer::copyOf(password->view())};
}

// Each certificate the app is signed with now: the record is offered to it while one of them
// signs it.
void VaultAutofillSource::confirmApp(qint64 id, const AppIdentity &app) {
    Mirror *mirror = m_session.mirror();
    if (!mirror)
        return;
    for (const QByteArray &digest : app.certDigests)
        mirror->confirmAutofillApp(id, QString::fromLatin1(digest.toHex()));
}

} // namespace vaultlink::ui
