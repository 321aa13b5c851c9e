#include "src/ui/vault_writes.h"

#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "src/ui/messages.h"
#include "src/ui/vault_session.h"

namespace vaultlink::ui {

VaultWrites::VaultWrites(ProfileService &service, VaultSession &session)
    : m_service(service)
    , m_session(session) {}

std::unique_ptr<RecordEditor> VaultWrites::editor(QString *why) {
    OpenProfile *profile = m_session.profile();
    if (!profile)
        return nullptr;
    try {
        return m_service.editor(*profile);
    } catch (const std::exception &failure) {
        if (why)
            *why = say(explain(failure));
    }
    return nullptr;
}

QString VaultWrites::write(const std::function<void(RecordEditor &)> &write) {
    QString why;
    const std::unique_ptr<RecordEditor> editor = this->editor(&why);
    if (!editor)
        return why.isEmpty() ? tr("The vault is locked.") : why;
    QString failed;
    try {
        write(*editor);
    } catch (const std::exception &failure) {
        failed = say(explain(failure));
    }
    // Also after a failure: an action of several steps (keep mine: an edit, then the note
    // dropped) may have stored its first.
    m_session.recordsChanged();
    return failed;
}

} // namespace vaultlink::ui
