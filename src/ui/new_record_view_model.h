#pragma once

#include <QObject>
#include <QVariantList>

namespace vaultlink {
class Mirror;
class RecordEditor;
} // namespace vaultlink

namespace vaultlink::ui {

class VaultSession;
class VaultWrites;

// The New record page: the server's forms, and the places the user may create a record in
// (Personal, the units where the rights allow it), as the server said at the last sync. Places
// not allowed are not offered; when none is, `reason` says why.
class NewRecordViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList forms READ forms NOTIFY changed)
    Q_PROPERTY(QVariantList places READ places NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
public:
    NewRecordViewModel(VaultWrites &writes, VaultSession &session, QObject *parent = nullptr);

    // [{id, name}], in the server's order.
    QVariantList forms() const { return m_forms; }
    // [{unit (0: personal), name}], Personal first, then the units by name.
    QVariantList places() const { return m_places; }
    QString reason() const { return m_reason; }

    // Reads the forms and rights again (the page opens).
    Q_INVOKABLE void reload();

signals:
    void changed();

private:
    void list(RecordEditor &editor, Mirror &mirror);

    VaultWrites &m_writes;
    VaultSession &m_session;
    QVariantList m_forms;
    QVariantList m_places;
    QString m_reason;
};

} // namespace vaultlink::ui
