#pragma once

#include "server/http/http_types.h"
#include "server/http/request_framer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace vaultlink::server {

// What a connection asks of the server it belongs to.
class RequestHandler {
public:
    virtual ~RequestHandler() = default;
    virtual FramingLimits framingLimits() = 0;
    // The answer to a framed request; never throws.
    virtual HttpResponse respond(HttpRequest &request) = 0;
    // A WebSocket upgrade request: the refusal to send, or nothing when it may go ahead.
    virtual std::optional<HttpResponse> checkUpgrade(HttpRequest &request) = 0;
    // The socket of an accepted upgrade, with the handshake unread; the handler owns it now.
    virtual void takeUpgraded(QSslSocket *socket) = 0;
};

struct ConnectionTimes {
    int deadlineMs = 30000; // TLS handshake and each request, or waiting for the next one
    int drainMs = 2000;     // reading and discarding what follows a refused request
};

// One client connection: frames requests strictly (RequestFramer), answers them in order and
// drops the client when a request does not complete in time. A long poll holds the connection
// (nothing more is read) until its answer comes. After a refused request the
// connection answers, discards what the client still sends for a short while (so that the
// answer is read rather than lost to a reset) and closes. It deletes itself when closed.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QSslSocket *socket, RequestHandler &handler, ConnectionTimes times,
                   QObject *parent = nullptr);

private:
    void readRequests();
    void handle(FramedRequest framed);
    void finish(const HttpResponse &response, bool keepAlive);
    void park(std::shared_ptr<LongPoll> poll, bool keepAlive);
    void checkParked();
    void send(const HttpResponse &response, bool keepAlive);
    void refuse(const HttpResponse &response);
    void startNextRequest();
    qint64 unsentBytes() const;
    void drain();
    void close();

    QSslSocket *m_socket;
    RequestHandler &m_handler;
    ConnectionTimes m_times;
    RequestFramer m_framer;
    QByteArray m_input;
    QTimer m_deadline;
    QTimer m_quiet;
    QTimer m_parkedTimer;
    QElapsedTimer m_parkedSince;
    std::shared_ptr<LongPoll> m_parked; // a long poll waiting for its answer
    bool m_parkedKeepAlive = false;
    bool m_fresh = true; // no byte of the next request framed yet
    bool m_inTransaction = false;
    bool m_continueSent = false;
    bool m_draining = false;
    bool m_closed = false;
};

} // namespace vaultlink::server
