#include "src/ui/new_record_view_model.h"

#include "src/profiles/failure.h"
#include "src/profiles/record_editor.h"
#include "src/ui/messages.h"
#include "src/ui/vault_session.h"
#include "src/ui/vault_writes.h"

#include <QVariantMap>

namespace vaultlink::ui {

NewRecordViewModel::NewRecordViewModel(VaultWrites &writes, VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_writes(writes)
    , m_session(session) {
    connect(&m_session, &VaultSession::openChanged, this, &NewRecordViewModel::reload);
}

void NewRecordViewModel::reload() {
    m_forms.clear();
    m_places.clear();
    m_reason.clear();
    const std::unique_ptr<RecordEditor> editor = m_writes.editor(&m_reason);
    Mirror *mirror = m_session.mirror();
    if (editor && mirror) {
        try {
            list(*editor, *mirror);
        } catch (const std::exception &failure) {
            m_places.clear();
            m_reason = say(explain(failure));
        }
    }
    emit changed();
}

void NewRecordViewModel::list(RecordEditor &editor, Mirror &mirror) {
    for (const FormInfo &form : editor.permissions().forms)
        m_forms.append(
            QVariantMap{{QStringLiteral("id"), form.id}, {QStringLiteral("name"), form.name}});
    // Each refusal once: without the server's forms every place gives the same one.
    QStringList refusals;
    const auto offer = [&](std::optional<qint64> unit, const QString &name) {
        const Message why = editor.whyNotCreate(unit);
        if (why.key().isEmpty())
            m_places.append(QVariantMap{{QStringLiteral("unit"), unit.value_or(0)},
                                        {QStringLiteral("name"), name}});
        else if (const QString text = say(why); !refusals.contains(text))
            refusals.append(text);
    };
    offer(std::nullopt, tr("Personal"));
    for (const StoredUnit &unit : mirror.units())
        offer(unit.id, unit.name);
    if (m_places.isEmpty())
        m_reason = refusals.join(QLatin1Char('\n'));
}

} // namespace vaultlink::ui
