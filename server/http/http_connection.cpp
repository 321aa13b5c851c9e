#include "server/http/http_connection.h"

#include "server/common/refusal.h"
#include "server/http/request_target.h"

#include <QLoggingCategory>
#include <QSslSocket>

namespace vaultlink::server {

Q_LOGGING_CATEGORY(lcConnection, "vaultlink.server.connection")

namespace {
constexpr qint64 kReadChunk = 16 * 1024;
// Qt stops reading from the kernel when this much waits unread, so a client that sends faster
// than the server frames costs no more memory than this.
constexpr qint64 kSocketBuffer = 64 * 1024;
// Answers waiting for a client that pipelines requests but does not read: stop framing more.
constexpr qint64 kMaxUnsent = 1024 * 1024;
constexpr int kQuietMs = 200;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Repeated fields are one comma-separated list (RFC 9110 §5.3); cookies join with "; ".
HttpRequest toHttpRequest(FramedRequest framed) {
    HttpRequest out;
    const RequestTarget target = parseRequestTarget(framed.target);
    out.method = framed.method;
    out.path = target.path;
    out.query = target.query;
    for (auto &[name, value] : framed.fields) {
        auto existing = out.headers.find(name);
        if (existing == out.headers.end())
            out.headers.insert(name, value);
        else
            existing.value() += (name == "cookie" ? "; " : ", ") + value;
    }
    out.body = std::move(framed.body);
    return out;
}
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, RequestHandler &handler, ConnectionTimes times,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_times(times) {
    socket->setParent(this);
    socket->setReadBufferSize(kSocketBuffer);
    connect(socket, &QSslSocket::readyRead, this, &HttpConnection::readRequests);
    // A client that caught up with its answers may have more requests waiting.
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::readRequests);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpConnection::close);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::close);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_draining)
            qCInfo(lcConnection).noquote()
                << "dropped" << m_socket->peerAddress().toString() << "after" << m_times.deadlineMs
                << "ms without a complete request";
        close();
    });
    m_deadline.start(m_times.deadlineMs);
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
    connect(&m_parkedTimer, &QTimer::timeout, this, &HttpConnection::checkParked);
}

qint64 HttpConnection::unsentBytes() const {
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void HttpConnection::readRequests() {
    if (m_closed)
        return;
    if (m_draining)
        return drain();
    if (m_parked)
        return; // the client's next request waits in the socket until this one is answered
    while (unsentBytes() <= kMaxUnsent) {
        if (m_input.isEmpty()) {
            // A request's head is read inside a transaction, so that a WebSocket upgrade can
            // hand the socket over with the handshake still unread. A request that began in
            // bytes read with the one before it has none, and cannot be an upgrade.
            if (m_fresh && !m_inTransaction) {
                m_socket->startTransaction();
                m_inTransaction = true;
            }
            m_input = m_socket->read(kReadChunk);
            if (m_input.isEmpty())
                return;
        }
        if (m_fresh) {
            // The limits as set when the request's first byte arrives.
            m_framer = RequestFramer(m_handler.framingLimits());
            m_fresh = false;
        }
        const RequestFramer::Status status = m_framer.feed(m_input);
        if (m_inTransaction && m_framer.headComplete() && !m_framer.request().isUpgrade()) {
            m_socket->commitTransaction();
            m_inTransaction = false;
        }
        if (status == RequestFramer::Status::Refused)
            return refuse(HttpResponse::problem(*m_framer.refusal()));
        if (status == RequestFramer::Status::NeedMore) {
            if (m_framer.headComplete() && m_framer.request().expectsContinue() &&
                !m_continueSent) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            continue;
        }
        handle(m_framer.takeRequest());
        if (m_closed || m_draining)
            return;
    }
}

void HttpConnection::handle(FramedRequest framed) {
    const bool keepAlive = framed.keepAlive();
    const bool upgrade = framed.isUpgrade();
    HttpRequest request;
    try {
        request = toHttpRequest(std::move(framed));
    } catch (const Refusal &refusal) {
        return refuse(HttpResponse::problem(refusal));
    }
    const QHostAddress peer = m_socket->peerAddress();
    bool v4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&v4);
    request.peerAddress = v4 ? QHostAddress(ipv4).toString() : peer.toString();
    if (upgrade) {
        if (!m_inTransaction)
            return refuse(HttpResponse::problem(
                Refusal(Error::InvalidRequest,
                        QStringLiteral("a WebSocket upgrade may not follow other requests "
                                       "sent ahead of their answers"))));
        if (std::optional<HttpResponse> refusal = m_handler.checkUpgrade(request))
            return refuse(*refusal);
        m_socket->rollbackTransaction();
        m_inTransaction = false;
        m_socket->disconnect(this);
        m_socket->setReadBufferSize(0);
        m_socket->setParent(nullptr);
        m_closed = true;
        m_deadline.stop();
        m_handler.takeUpgraded(std::exchange(m_socket, nullptr));
        deleteLater();
        return;
    }
    HttpResponse response = m_handler.respond(request);
    if (response.longPoll)
        return park(std::move(response.longPoll), keepAlive);
    finish(response, keepAlive);
}

void HttpConnection::park(std::shared_ptr<LongPoll> poll, bool keepAlive) {
    m_parked = std::move(poll);
    m_parkedKeepAlive = keepAlive;
    m_deadline.stop();
    m_parkedSince.start();
    m_parkedTimer.start(std::max(m_parked->intervalMs, 10));
}

void HttpConnection::checkParked() {
    const bool last = m_parkedSince.elapsed() >= m_parked->waitMs;
    std::optional<HttpResponse> answer = m_parked->check(last);
    if (!answer && !last)
        return;
    m_parkedTimer.stop();
    m_parked.reset();
    finish(answer ? *answer
                  : HttpResponse::problem(Refusal(
                        Error::Internal, QStringLiteral("the server failed to answer in time"))),
           m_parkedKeepAlive);
    if (!m_closed && !m_draining)
        readRequests(); // what the client sent meanwhile
}

void HttpConnection::finish(const HttpResponse &response, bool keepAlive) {
    send(response, keepAlive);
    if (!keepAlive) {
        // Answer what was asked, then close; whatever else the client sent is not read.
        m_draining = true;
        m_socket->disconnectFromHost();
        m_deadline.start(m_times.drainMs);
        return;
    }
    startNextRequest();
}

void HttpConnection::startNextRequest() {
    m_fresh = true;
    m_continueSent = false;
    m_deadline.start(m_times.deadlineMs);
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    if (response.status != 204)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_socket->write(response.body);
}

void HttpConnection::refuse(const HttpResponse &response) {
    if (m_inTransaction) {
        m_socket->commitTransaction();
        m_inTransaction = false;
    }
    qCInfo(lcConnection).noquote() << "refused a request from" << m_socket->peerAddress().toString()
                                   << "with" << response.status << "and closed the connection";
    send(response, false);
    m_draining = true;
    m_deadline.start(m_times.drainMs);
    drain();
}

void HttpConnection::drain() {
    // Discarded, never stored: a client that keeps sending costs time, not memory. The
    // connection closes once the client has been quiet briefly, or after drainMs at most.
    m_input.clear();
    while (!m_socket->read(kReadChunk).isEmpty()) {
    }
    m_quiet.start(kQuietMs);
}

void HttpConnection::close() {
    if (m_closed)
        return;
    m_closed = true;
    m_deadline.stop();
    m_quiet.stop();
    m_parkedTimer.stop();
    m_parked.reset();
    m_socket->abort();
    deleteLater();
}

} // namespace vaultlink::server
