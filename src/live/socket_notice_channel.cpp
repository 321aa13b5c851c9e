#include "src/live/socket_notice_channel.h"

#include "src/api/api_error.h"
#include "src/api/api_exchange.h"
#include "src/base/message_catalog.h"
#include "src/crypto/random.h"

namespace vaultlink {

namespace {
constexpr QByteArrayView kNoticesPath = "/api/v1/notices";

ChannelEnd dropped(Message message) {
    return {ChannelEnd::Kind::Dropped, {}, std::move(message)};
}

ChannelEnd broken(const QString &what) {
    return {ChannelEnd::Kind::Broken, {}, Message(msg::BadAnswer, {what})};
}

Message socketMessage(const QSslSocket &socket, const QString &host, int port) {
    switch (socket.error()) {
    case QAbstractSocket::HostNotFoundError:
        return Message(msg::HostNotFound, {host});
    case QAbstractSocket::ConnectionRefusedError:
        return Message(msg::ConnectionRefused, {host, QString::number(port)});
    case QAbstractSocket::NetworkError:
        return Message(msg::NetworkDown, {host});
    case QAbstractSocket::RemoteHostClosedError:
        return Message(msg::ConnectionLost, {host});
    default:
        return Message(msg::ConnectionBroke, {host, socket.errorString()});
    }
}
} // namespace

SocketNoticeChannel::SocketNoticeChannel(Random &random, QObject *parent)
    : SocketNoticeChannel(random, Timing{}, parent) {}

SocketNoticeChannel::SocketNoticeChannel(Random &random, Timing timing, QObject *parent)
    : QObject(parent)
    , m_random(random)
    , m_timing(timing) {
    m_keepAlive.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        ++m_traffic.wakeUps;
        keepAliveDue();
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        ++m_traffic.wakeUps;
        const int seconds =
            static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(
                                 m_state == State::Open ? m_timing.pongWait : m_timing.openWait)
                                 .count());
        end(dropped(Message(msg::Timeout, {m_server.host(), QString::number(seconds)})));
    });
}

SocketNoticeChannel::~SocketNoticeChannel() {
    close();
}

void SocketNoticeChannel::open(const QUrl &server, const TrustPolicy &trust,
                               const QString &accessToken, Handlers handlers) {
    close();
    m_server = server;
    m_trust = trust;
    m_token = accessToken;
    m_handlers = std::move(handlers);
    m_key = m_random.bytes(16).toBase64();
    m_frames = websocket::FrameReader();
    m_received.clear();
    m_refusedTls.reset();
    m_state = State::Connecting;

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(trust.configuration());
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const TrustPolicy::Verdict verdict =
            m_trust.judge(errors, m_socket->sslConfiguration().peerCertificate());
        if (verdict.failure == TlsFailure::None)
            m_socket->ignoreSslErrors(verdict.ignorable);
        else
            m_refusedTls = verdict; // Qt fails the handshake; errorOccurred tells why
    });
    connect(m_socket, &QSslSocket::encrypted, this, &SocketNoticeChannel::encrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SocketNoticeChannel::readAvailable);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        ++m_traffic.wakeUps;
        if (m_refusedTls)
            end({ChannelEnd::Kind::Broken, {}, m_refusedTls->message});
        else
            end(dropped(socketMessage(*m_socket, m_server.host(), m_server.port(443))));
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_state != State::Closed)
            end(dropped(Message(msg::ConnectionLost, {m_server.host()})));
    });
    m_deadline.start(m_timing.openWait);
    m_socket->connectToHostEncrypted(server.host(), static_cast<quint16>(server.port(443)));
}

void SocketNoticeChannel::encrypted() {
    // The pin is checked for certificates the system trusts too, before the token goes out.
    const TrustPolicy::Verdict verdict =
        m_trust.judge({}, m_socket->sslConfiguration().peerCertificate());
    if (verdict.failure != TlsFailure::None) {
        end({ChannelEnd::Kind::Broken, {}, verdict.message});
        return;
    }
    QByteArray path = m_server.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    const QByteArray request = websocket::openingRequest(
        m_server.host(), m_server.port(443), path + kNoticesPath.toByteArray(), m_key, m_token);
    m_traffic.bytesSent += request.size();
    m_socket->write(request);
    m_token.clear(); // sent: no longer needed here
    m_state = State::Opening;
}

void SocketNoticeChannel::readAvailable() {
    ++m_traffic.wakeUps;
    const QByteArray bytes = m_socket->readAll();
    m_traffic.bytesReceived += bytes.size();
    if (m_state == State::Opening) {
        m_received.append(bytes);
        const websocket::OpeningAnswer answer = websocket::readOpeningAnswer(m_received, m_key);
        switch (answer.state) {
        case websocket::OpeningAnswer::State::Incomplete:
            return;
        case websocket::OpeningAnswer::State::Malformed:
            end(broken(QStringLiteral("the change-notice channel's opening: ") + answer.problem));
            return;
        case websocket::OpeningAnswer::State::Refused: {
            HttpResponse response;
            response.status = answer.status;
            response.headers = answer.headers;
            response.body = answer.body;
            try {
                (void)bodyOf(response, QStringLiteral("the change-notice channel"), 101);
                end(broken(QStringLiteral("the change-notice channel was not opened")));
            } catch (const ApiError &error) {
                if (error.kind() == ApiError::Kind::Refusal)
                    end({ChannelEnd::Kind::Refused, error.code(), error.message()});
                else
                    end({ChannelEnd::Kind::Broken, {}, error.message()});
            }
            return;
        }
        case websocket::OpeningAnswer::State::Upgraded:
            m_state = State::Open;
            m_deadline.stop();
            m_frames.feed(QByteArrayView(m_received).sliced(answer.consumed));
            m_received.clear();
            break;
        }
    } else if (m_state == State::Open) {
        m_frames.feed(bytes);
    } else {
        return;
    }
    // Anything arriving shows the connection alive: the next ping waits a whole period.
    m_deadline.stop();
    m_keepAlive.start(m_timing.keepAlive);
    while (m_state == State::Open) {
        const std::optional<websocket::FrameReader::Message> message = m_frames.next();
        if (!message) {
            if (!m_frames.error().isEmpty())
                end(broken(QStringLiteral("the change-notice channel: ") + m_frames.error()));
            return;
        }
        handleMessage(*message);
    }
}

void SocketNoticeChannel::handleMessage(const websocket::FrameReader::Message &message) {
    using websocket::Opcode;
    switch (message.opcode) {
    case Opcode::Ping:
        send(Opcode::Pong, message.payload);
        return;
    case Opcode::Pong:
        return;
    case Opcode::Close:
        send(Opcode::Close, message.payload.left(2));
        end(dropped(Message(msg::ConnectionLost, {m_server.host()})));
        return;
    case Opcode::Binary:
    case Opcode::Continuation:
        end(broken(QStringLiteral("the change-notice channel sent binary data")));
        return;
    case Opcode::Text:
        break;
    }
    const std::optional<Notice> notice = parseNotice(message.payload);
    if (!notice) {
        end(broken(QStringLiteral("the change-notice channel sent a message outside the "
                                  "contract")));
        return;
    }
    if (notice->type == Notice::Type::Error) {
        end({ChannelEnd::Kind::SessionEnded, notice->code, Message(notice->code)});
        return;
    }
    if (m_handlers.notice)
        m_handlers.notice(*notice);
}

void SocketNoticeChannel::keepAliveDue() {
    if (m_state != State::Open)
        return;
    send(websocket::Opcode::Ping, "keep-alive");
    m_deadline.start(m_timing.pongWait);
}

void SocketNoticeChannel::send(websocket::Opcode opcode, QByteArrayView payload) {
    std::array<quint8, 4> mask{};
    m_random.fill(mask.data(), mask.size());
    const QByteArray frame = websocket::clientFrame(opcode, payload, mask);
    m_traffic.bytesSent += frame.size();
    m_socket->write(frame);
}

void SocketNoticeChannel::end(const ChannelEnd &end) {
    if (m_state == State::Closed)
        return;
    const auto ended = m_handlers.ended;
    reset();
    if (ended)
        ended(end);
}

void SocketNoticeChannel::close() {
    if (m_state == State::Open)
        send(websocket::Opcode::Close, websocket::closePayload(1000));
    reset();
}

void SocketNoticeChannel::reset() {
    m_state = State::Closed;
    m_keepAlive.stop();
    m_deadline.stop();
    m_handlers = {};
    m_token.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

} // namespace vaultlink
