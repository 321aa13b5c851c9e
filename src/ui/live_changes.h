#pragma once

#include "src/live/notice_channel.h"
#include "src/net/backoff.h"
#include "src/ui/timer.h"

#include <QObject>

namespace vaultlink::ui {

// Changes made elsewhere shown at once. While a vault is unlocked, in use and allowed to sync
// on this connection (AutoSync's setting), the server's change-notice channel stays open, and a
// notice of a sequence the mirror has not reached asks for a sync after a short pause, so that a
// burst of changes is one sync; a notice that comes during a sync asks again after it. The
// channel opens with the access token each sync leaves. When it drops, the next try waits as the
// back-off says (full jitter, 1 s doubling up to 5 min, without end) and is itself a sync, which
// brings a fresh token and whatever was missed meanwhile. A server that refuses the channel
// (an older one, web services off, a token refused even after a fresh sync) or breaks its
// contract leaves the app polling (AutoSync's period) until it is allowed anew: the next
// unlock, return to the foreground or change of network.
class LiveChanges : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State {
        Off,        // not allowed now
        Connecting, // waiting for the sync that opens it, or for the server's hello
        Live,       // open: changes arrive as they happen
        Retrying,   // dropped; the next try is scheduled
        Polling     // refused: the periodic sync only
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kPause{100};

    // One timer serves both waits: the pause after a notice (while open) and the next try
    // (while closed).
    LiveChanges(NoticeChannel &channel, Timer &timer, Random &random, QObject *parent = nullptr);
    ~LiveChanges() override;

    State state() const { return m_state; }

    void setAllowed(bool allowed);
    // A sync of the open vault succeeded: where the channel is, how to trust it, the token to
    // open it with, and the sequence the mirror reached.
    void synced(const QUrl &server, const QString &pin, const QString &accessToken,
                qint64 sequence);
    void syncFailed();
    // Another network: the old connection may be dead without a word; a sync opens a new one.
    void networkChanged();

signals:
    void syncDue();
    void stateChanged();
    // For the on-device log: how the channel ended (its kind's name and the message's text).
    void channelEnded(const vaultlink::ChannelEnd &end);

private:
    void open(const QString &accessToken);
    void noticed(const Notice &notice);
    void ended(const ChannelEnd &end);
    void retryLater();
    void setState(State state);

    NoticeChannel &m_channel;
    Timer &m_timer;
    Backoff m_backoff;
    State m_state = State::Off;
    bool m_allowed = false;
    bool m_refreshed = false; // a sync already brought a fresh token after a refusal
    QUrl m_server;
    QString m_pin;
    qint64 m_sequence = -1; // the mirror's, after the last sync
    qint64 m_noticed = -1;  // the latest notice's
};

} // namespace vaultlink::ui
