#include "src/ui/record_history.h"

#include "src/clipboard/clipboard_guard.h"
#include "src/ui/change_words.h"
#include "src/ui/vault_session.h"

#include <QJsonArray>
#include <QVariantMap>

namespace vaultlink::ui {

RecordHistory::RecordHistory(VaultSession &session, ClipboardGuard &clipboard, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clipboard(clipboard) {}

RecordHistory::~RecordHistory() {
    wipe();
}

void RecordHistory::wipe() {
    for (Entry &entry : m_entries)
        entry.value.fill(QChar(0));
    m_entries.clear();
}

QVariantList RecordHistory::entries() const {
    QVariantList list;
    for (const Entry &entry : m_entries)
        list.append(QVariantMap{{QStringLiteral("label"), entry.label},
                                // A secret reaches QML only while revealed.
                                {QStringLiteral("value"), entry.revealed ? entry.value : QString()},
                                {QStringLiteral("revealed"), entry.revealed},
                                {QStringLiteral("when"), ChangeWords::localTime(entry.replacedAt)},
                                {QStringLiteral("why"), entry.why == HistoryEntry::Why::LostConflict
                                                            ? tr("replaced by the server's value")
                                                            : tr("replaced on this device")}});
    return list;
}

void RecordHistory::show(qint64 id) {
    wipe();
    Mirror *mirror = m_session.mirror();
    if (id != 0 && mirror) {
        try {
            const std::optional<QJsonObject> record = mirror->record(id);
            for (const HistoryEntry &entry : mirror->history(id)) {
                QString label = entry.key;
                if (record)
                    if (const std::optional<QJsonObject> field = fieldOf(*record, entry.key))
                        label = field->value(QLatin1String("label")).toString();
                m_entries.append({entry.replacedAt, entry.why, label, entry.value.toString()});
            }
        } catch (const std::exception &) {
            // The Record page reads the same record and says what is wrong with the file.
        }
    }
    emit changed();
}

void RecordHistory::reveal(int index, bool shown) {
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries[index].revealed = shown;
    emit changed();
}

bool RecordHistory::copy(int index) {
    if (index < 0 || index >= m_entries.size() || m_entries.at(index).value.isEmpty())
        return false;
    m_clipboard.copy(m_entries.at(index).value, true);
    return true;
}

} // namespace vaultlink::ui
