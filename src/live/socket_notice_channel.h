#pragma once

#include "src/live/notice_channel.h"
#include "src/live/websocket_frames.h"

#include <QObject>
#include <QSslSocket>
#include <QTimer>

#include <chrono>

namespace vaultlink {

class Random;

// The notice channel over a TLS socket of its own (RFC 6455 by websocket_frames). The access
// token is written only after the handshake passed the profile's trust (its pin, if any, checked
// on `encrypted`, so also for a certificate the system trusts). While nothing arrives, a ping
// goes out every `keepAlive` and the connection counts as lost when its pong does not come within
// `pongWait`: a phone that moved between networks learns it then at the latest. Nothing else
// wakes it while nothing changes.
class SocketNoticeChannel final : public QObject, public NoticeChannel {
    Q_OBJECT
public:
    struct Timing {
        std::chrono::milliseconds keepAlive{std::chrono::minutes(2)};
        std::chrono::milliseconds pongWait{std::chrono::seconds(10)};
        std::chrono::milliseconds openWait{std::chrono::seconds(15)}; // connect and handshake
    };
    // What the channel cost since it was made, for the benchmark: bytes of the protocol (TLS's
    // own overhead not counted) and the times it woke the app (data arriving, its timers).
    struct Traffic {
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        qint64 wakeUps = 0;
    };

    explicit SocketNoticeChannel(Random &random, QObject *parent = nullptr);
    SocketNoticeChannel(Random &random, Timing timing, QObject *parent = nullptr);
    ~SocketNoticeChannel() override;

    void open(const QUrl &server, const TrustPolicy &trust, const QString &accessToken,
              Handlers handlers) override;
    void close() override;
    bool isOpen() const override { return m_state != State::Closed; }
    const Traffic &traffic() const { return m_traffic; }

private:
    enum class State { Closed, Connecting, Opening, Open };
    void encrypted();
    void readAvailable();
    void handleMessage(const websocket::FrameReader::Message &message);
    void keepAliveDue();
    void send(websocket::Opcode opcode, QByteArrayView payload);
    void end(const ChannelEnd &end);
    void reset();

    Random &m_random;
    Timing m_timing;
    QSslSocket *m_socket = nullptr;
    QTimer m_keepAlive;
    QTimer m_deadline; // the open's, or the pong's
    TrustPolicy m_trust;
    std::optional<TrustPolicy::Verdict> m_refusedTls;
    Handlers m_handlers;
    QUrl m_server;
    QString m_token;
    QByteArray m_key;
    QByteArray m_received; // the opening answer, until it is complete
    websocket::FrameReader m_frames;
    State m_state = State::Closed;
    Traffic m_traffic;
};

} // namespace vaultlink
