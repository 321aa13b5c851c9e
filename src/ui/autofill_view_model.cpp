#include "src/ui/autofill_view_model.h"

#include "platform/autofill_service.h"
#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"
#include "src/storage/autofill_lookup.h"
#include "src/ui/messages.h"
#include "src/ui/vault_session.h"

#include <QGuiApplication>
#include <QVariantMap>

namespace vaultlink::ui {

AutofillViewModel::AutofillViewModel(VaultSession &session, platform::AutofillHost &host,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_host(host) {
    refreshSetup();
    // The user chooses the service in the system's settings and comes back to the app.
    if (const auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        refreshSetup();
                });
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

void AutofillViewModel::refreshSetup() {
    Setup setup = Setup::Unavailable;
    switch (m_host.setup()) {
    case platform::AutofillHost::Setup::Unavailable:
        break;
    case platform::AutofillHost::Setup::Off:
        setup = Setup::Off;
        break;
    case platform::AutofillHost::Setup::On:
        setup = Setup::On;
        break;
    }
    if (setup == m_setup)
        return;
    m_setup = setup;
    emit setupChanged();
}

void AutofillViewModel::openSetup() {
    m_host.openSetup();
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
