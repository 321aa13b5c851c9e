#pragma once

#include <QObject>

namespace vaultlink::ui {

class VaultSession;
class VaultWrites;

// What the user may do with the record on the Record page, as the rights the server gave at the
// last sync allow: edit it (or why it is read only), delete it; and how its change on this
// device stands (not sent yet, refused with the server's reason, or in conflict). Follows the
// record the Record page shows (AppGraph wires them).
class RecordActions : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY changed)
    Q_PROPERTY(bool canDelete READ canDelete NOTIFY changed)
    Q_PROPERTY(QString changeState READ changeState NOTIFY changed)
    Q_PROPERTY(bool noted READ noted NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    RecordActions(VaultWrites &writes, VaultSession &session, QObject *parent = nullptr);

    qint64 recordId() const { return m_id; }
    bool canEdit() const { return m_id != 0 && m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool canDelete() const { return m_canDelete; }
    // "Not sent to the server yet.", or the server's refusal; empty when nothing waits.
    QString changeState() const { return m_changeState; }
    // A conflict or another note about this record waits in the conflict review.
    bool noted() const { return m_noted; }
    QString error() const { return m_error; }

    // The record shown now (0: none).
    void show(qint64 id);
    // Deletes it on this device (sent at the next sync); false (and `error` says why) when that
    // failed.
    Q_INVOKABLE bool remove();

signals:
    void changed();
    void removed();

private:
    VaultWrites &m_writes;
    VaultSession &m_session;
    qint64 m_id = 0;
    QString m_readOnlyReason;
    bool m_canDelete = false;
    QString m_changeState;
    bool m_noted = false;
    QString m_error;
};

} // namespace vaultlink::ui
