#include "src/ui/record_actions.h"

#include "src/profiles/failure.h"
#include "src/profiles/record_editor.h"
#include "src/ui/change_words.h"
#include "src/ui/messages.h"
#include "src/ui/vault_session.h"
#include "src/ui/vault_writes.h"

namespace vaultlink::ui {

RecordActions::RecordActions(VaultWrites &writes, VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_writes(writes)
    , m_session(session) {}

void RecordActions::show(qint64 id) {
    m_id = id;
    m_readOnlyReason.clear();
    m_canDelete = false;
    m_changeState.clear();
    m_noted = false;
    m_error.clear();
    Mirror *mirror = m_session.mirror();
    if (id != 0 && mirror) {
        QString why;
        try {
            if (const std::unique_ptr<RecordEditor> editor = m_writes.editor(&why)) {
                if (const Message refused = editor->whyNotEdit(id); !refused.key().isEmpty())
                    m_readOnlyReason = say(refused);
                m_canDelete = editor->whyNotDelete(id).key().isEmpty();
            } else {
                m_readOnlyReason = why; // e.g. offline too long: nothing may be changed
            }
            if (const std::optional<PendingChange> pending = mirror->pendingChange(id))
                m_changeState = pending->refused
                                    ? tr("The server refused this change: %1")
                                          .arg(ChangeWords::refusal(*pending->refused))
                                    : tr("Changed on this device; not sent to the server yet.");
            m_noted = !mirror->notes(id).isEmpty();
        } catch (const std::exception &failure) {
            m_error = say(explain(failure));
        }
    }
    emit changed();
}

bool RecordActions::remove() {
    if (!m_canDelete)
        return false;
    const qint64 id = m_id;
    m_error = m_writes.write([id](RecordEditor &editor) { editor.remove(id); });
    if (!m_error.isEmpty()) {
        emit changed();
        return false;
    }
    emit removed();
    return true;
}

} // namespace vaultlink::ui
