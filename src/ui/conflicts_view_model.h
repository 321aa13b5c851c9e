#pragma once

#include <QObject>
#include <QSet>
#include <QVariantList>

#include <functional>

namespace vaultlink {
class RecordEditor;
} // namespace vaultlink

namespace vaultlink::ui {

class VaultSession;
class VaultWrites;

// The Conflicts page: what waits for the user after a sync. Each note (Mirror::notes) with both
// values (secrets hidden until revealed), when and where each was made, and one way out: keep
// mine or keep the server's for a field both sides changed, acknowledge for one about the whole
// record. Each change the server refused, with its reason, to retry or discard.
class ConflictsViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    Q_PROPERTY(QVariantList refused READ refused NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    ConflictsViewModel(VaultWrites &writes, VaultSession &session, QObject *parent = nullptr);

    // [{note, record, name, kind ("field", "fieldGone", "record"), text, label, secret,
    //   revealed, mine, mineWhen, mineDevice, theirs, theirsWhen, theirsDevice}]
    QVariantList notes() const { return m_notes; }
    // [{record, name, change, reason}]
    QVariantList refused() const { return m_refused; }
    int count() const { return static_cast<int>(m_notes.size() + m_refused.size()); }
    QString error() const { return m_error; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void reveal(qint64 note, bool shown);
    // A field both sides changed: mine is sent again (against the server's value now), or the
    // server's stays.
    Q_INVOKABLE void keepMine(qint64 note);
    Q_INVOKABLE void keepServers(qint64 note);
    // A note about the whole record, or a field the server's form lost: read and let go.
    Q_INVOKABLE void acknowledge(qint64 note);
    // A refused change: sent again at the next sync, or undone here.
    Q_INVOKABLE void retry(qint64 record);
    Q_INVOKABLE void discard(qint64 record);

signals:
    void changed();

private:
    void act(const std::function<void(RecordEditor &)> &action);

    VaultWrites &m_writes;
    VaultSession &m_session;
    QVariantList m_notes;
    QVariantList m_refused;
    QSet<qint64> m_revealed;
    QString m_error;
};

} // namespace vaultlink::ui
