#include "src/ui/autofill_view_model.h"

#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"
#include "src/storage/autofill_lookup.h"
#include "src/ui/messages.h"
#include "src/ui/vault_session.h"

#include <QVariantMap>

namespace vaultlink::ui {

AutofillViewModel::AutofillViewModel(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    // Another profile, or none: what was found belongs to the one before.
    connect(&m_session, &VaultSession::openChanged, this, [this] {
        m_address.clear();
        clear();
    });
    connect(&m_session, &VaultSession::recordsUpdated, this, [this] {
        if (m_searched)
            lookUp();
    });
}

void AutofillViewModel::setAddress(const QString &address) {
    if (address == m_address)
        return;
    m_address = address;
    clear();
}

void AutofillViewModel::clear() {
    m_matches.clear();
    m_searched = false;
    m_error.clear();
    emit changed();
}

void AutofillViewModel::lookUp() {
    m_matches.clear();
    m_searched = false;
    m_error.clear();
    Mirror *mirror = m_session.mirror();
    if (mirror && !m_address.trimmed().isEmpty()) {
        try {
            const std::optional<QList<AutofillCandidate>> found =
                findAutofillCandidates(*mirror, {m_address.trimmed(), {}, true});
            if (!found) {
                m_error = say(Message(msg::AutofillAddress, {m_address.trimmed()}));
            } else {
                for (const AutofillCandidate &candidate : *found)
                    m_matches.append(QVariantMap{{QStringLiteral("id"), candidate.id},
                                                 {QStringLiteral("title"), candidate.title},
                                                 {QStringLiteral("userName"), candidate.userName},
                                                 {QStringLiteral("insecure"), candidate.insecure}});
                m_searched = true;
            }
        } catch (const std::exception &failure) {
            m_error = say(explain(failure));
        }
    }
    emit changed();
}

} // namespace vaultlink::ui
