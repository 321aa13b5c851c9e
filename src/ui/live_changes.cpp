#include "src/ui/live_changes.h"

#include <limits>

namespace vaultlink::ui {

namespace {
Backoff::Limits retryLimits() {
    Backoff::Limits limits;
    limits.base = std::chrono::seconds(1);
    limits.cap = std::chrono::minutes(5);
    limits.maxRetries = std::numeric_limits<int>::max();
    return limits;
}

// Refusals a fresh access token may cure: the sync refreshes it, or logs in again.
bool tokenRefused(const QString &code) {
    static const QStringList codes = {
        QStringLiteral("auth-required"), QStringLiteral("token-invalid"),
        QStringLiteral("token-expired"), QStringLiteral("session-expired")};
    return codes.contains(code);
}
} // namespace

LiveChanges::LiveChanges(NoticeChannel &channel, Timer &timer, Random &random, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_timer(timer)
    , m_backoff(random, retryLimits()) {
    m_timer.setSingleShot(true);
    m_timer.onTimeout([this] {
        // A pause whose sync came meanwhile (a notice of this device's own write arrives while
        // its sync runs) asks for nothing: a second sync would say nothing new.
        if (m_channel.isOpen() && m_noticed == m_sequence)
            return;
        emit syncDue();
    });
}

LiveChanges::~LiveChanges() {
    // The timer belongs to the composition root and may outlive this.
    m_timer.stop();
    m_timer.onTimeout({});
    m_channel.close();
}

void LiveChanges::setAllowed(bool allowed) {
    if (allowed == m_allowed)
        return;
    m_allowed = allowed;
    m_channel.close();
    m_timer.stop();
    m_backoff.reset();
    m_refreshed = false;
    if (!allowed) {
        m_sequence = m_noticed = -1;
        setState(State::Off);
        return;
    }
    // Unlocked, back in front or on a connection it may use: a sync catches up and opens it.
    setState(State::Connecting);
    emit syncDue();
}

void LiveChanges::synced(const QUrl &server, const QString &pin, const QString &accessToken,
                         qint64 sequence) {
    m_server = server;
    m_pin = pin;
    m_sequence = sequence;
    if (!m_allowed || m_state == State::Polling)
        return;
    if (m_channel.isOpen()) {
        // A notice that came during the sync may be of a change it did not bring.
        if (m_noticed > m_sequence) {
            if (!m_timer.isActive())
                m_timer.start(kPause);
        } else {
            m_timer.stop();
        }
        return;
    }
    m_timer.stop();
    open(accessToken);
}

void LiveChanges::open(const QString &accessToken) {
    setState(State::Connecting);
    m_channel.open(m_server,
                   m_pin.isEmpty() ? TrustPolicy::systemStore() : TrustPolicy::pinned(m_pin),
                   accessToken,
                   {[this](const Notice &notice) { noticed(notice); },
                    [this](const ChannelEnd &end) { ended(end); }});
}

void LiveChanges::noticed(const Notice &notice) {
    if (notice.type == Notice::Type::Hello) {
        m_backoff.reset();
        m_refreshed = false;
        setState(State::Live);
    }
    m_noticed = notice.sequence;
    // Not restarted by each notice: a steady stream of changes still syncs every pause.
    if (notice.sequence != m_sequence && !m_timer.isActive())
        m_timer.start(kPause);
}

void LiveChanges::ended(const ChannelEnd &end) {
    emit channelEnded(end);
    m_timer.stop();
    switch (end.kind) {
    case ChannelEnd::Kind::Dropped:
        retryLater();
        return;
    case ChannelEnd::Kind::SessionEnded:
        // The sync starts the session again, or learns that the device may no longer.
        setState(State::Retrying);
        emit syncDue();
        return;
    case ChannelEnd::Kind::Refused:
        if (tokenRefused(end.code) && !m_refreshed) {
            m_refreshed = true;
            setState(State::Retrying);
            emit syncDue();
            return;
        }
        setState(State::Polling);
        return;
    case ChannelEnd::Kind::Broken:
        setState(State::Polling);
        return;
    }
}

void LiveChanges::syncFailed() {
    if (m_allowed && (m_state == State::Retrying || m_state == State::Connecting) &&
        !m_channel.isOpen())
        retryLater();
}

void LiveChanges::networkChanged() {
    if (!m_allowed || m_state == State::Polling)
        return;
    m_channel.close();
    m_timer.stop();
    m_backoff.reset();
    setState(State::Connecting);
    emit syncDue();
}

void LiveChanges::retryLater() {
    setState(State::Retrying);
    m_timer.start(m_backoff.next().value_or(std::chrono::minutes(5)));
}

void LiveChanges::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace vaultlink::ui
