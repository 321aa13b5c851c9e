#pragma once

#include "src/sync/pusher.h"

#include <QDateTime>
#include <QObject>

namespace vaultlink::ui {

// The vault's synchronization as the user sees it: whether one runs and how far it got, what the
// mirror holds, what is still to come after a sync that stopped, and the last failure or notice.
// The status line is worded here, so that every page says it alike and tests can read it.
// The vault view-model drives it; pages only read it.
class SyncStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(qint64 received READ received NOTIFY changed)
    Q_PROPERTY(qint64 total READ total NOTIFY changed)
    Q_PROPERTY(qint64 pending READ pending NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(qint64 recordCount READ recordCount NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(QString line READ line NOTIFY changed)
    Q_PROPERTY(QString failureLine READ failureLine NOTIFY changed)
    Q_PROPERTY(qint64 waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int attention READ attention NOTIFY changed)
    Q_PROPERTY(QString attentionLine READ attentionLine NOTIFY changed)
    Q_PROPERTY(QString pushLine READ pushLine NOTIFY changed)
    Q_PROPERTY(QString offlineLine READ offlineLine NOTIFY changed)
public:
    using QObject::QObject;

    bool syncing() const { return m_syncing; }
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }
    // Records the server announced that this device does not hold yet (a sync that stopped).
    qint64 pending() const { return m_pending; }
    QDateTime lastSync() const { return m_lastSync; }
    qint64 recordCount() const { return m_recordCount; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    // "Synchronizing: 200 of 1212", or "12 records · last synchronized … · 200 records still to
    // synchronize".
    QString line() const;
    // "The last synchronization failed: …", or nothing.
    QString failureLine() const;
    // Changes made on this device that the next sync sends (refused ones wait for the user).
    qint64 waiting() const { return m_waiting; }
    // Refused changes and notes (conflicts) that wait for the user.
    int attention() const { return m_refused + m_notes; }
    // "1 change refused by the server · 2 conflicts to review", or nothing.
    QString attentionLine() const;
    // What the last sync did with this device's changes: "Sent 3 changes. The server refused 1.
    // 1 new conflict." Nothing when it had none to send; gone when the next sync starts.
    QString pushLine() const;
    // "Offline access ends in 3 days", once the server's offline limit is near (also a part of
    // line()); nothing otherwise.
    QString offlineLine() const;
    qint64 offlineLeftSeconds() const { return m_offlineLeft; }

    // What the mirror holds now (nothing when the vault is locked).
    void setStored(qint64 recordCount, const QDateTime &lastSync);
    // What this device's changes are: waiting to be sent, refused, and notes.
    void setLocal(qint64 waiting, int refused, int notes);
    // Seconds of the offline limit left when it is near, or -1.
    void setOfflineLeft(qint64 seconds);
    // Another profile, or none: no failure, notice or pending records from before.
    void clear();
    void start();
    void setProgress(qint64 received, qint64 total);
    // The sync ended, but what it did is not this vault's any more (it was locked meanwhile).
    void stop();
    // The sync ended with its records applied; `error` when taking up its result failed.
    void succeed(const QString &notice, const QString &error, const PushReport &push = {});
    // The sync stopped. The pages applied before the failure stay (setStored first); what the
    // server holds beyond them is still to come. (An incremental sync's changes cannot be
    // counted before they arrive, so this counts records missing here, not edits.)
    void fail(const QString &error);
    // No sync could start; what was pending still is.
    void failToStart(const QString &error);

signals:
    void changed();

private:
    bool m_syncing = false;
    qint64 m_received = 0;
    qint64 m_total = 0;
    qint64 m_pending = 0;
    QDateTime m_lastSync;
    qint64 m_recordCount = 0;
    QString m_error;
    QString m_notice;
    qint64 m_waiting = 0;
    int m_refused = 0;
    int m_notes = 0;
    PushReport m_push;
    qint64 m_offlineLeft = -1;
};

} // namespace vaultlink::ui
