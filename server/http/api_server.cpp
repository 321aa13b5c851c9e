#include "server/http/api_server.h"

#include "server/common/refusal.h"
#include "server/http/compression.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/http/websocket_handshake.h"
#include "server/store/settings.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpServer>

namespace vaultlink::server {

Q_LOGGING_CATEGORY(lcHttp, "vaultlink.server.http")

namespace {
// QTcpServer hands over descriptors; TLS and everything after it is the connection's.
class DescriptorListener : public QTcpServer {
public:
    explicit DescriptorListener(std::function<void(qintptr)> onIncoming)
        : m_onIncoming(std::move(onIncoming)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

HttpResponse withSecurityHeaders(HttpResponse response) {
    response.headers.emplaceBack("Cache-Control", "no-store");
    response.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    response.headers.emplaceBack("Strict-Transport-Security", "max-age=31536000");
    return response;
}

HttpResponse internalError(const HttpRequest &request, const std::exception &error) {
    // The message may name SQL or files, never request content; it stays in the log.
    qCCritical(lcHttp) << "internal error on" << request.method << request.path << ":"
                       << error.what();
    return HttpResponse::problem(
        Refusal(Error::Internal, QStringLiteral("the server failed; the request changed nothing")));
}
} // namespace

ApiServer::ApiServer(ServerContext &context, ServerLimits limits, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_limits(limits)
    , m_webSockets(QStringLiteral("vaultlink"), QWebSocketServer::NonSecureMode) {
    addDiscoveryRoutes(m_router, context);
    addAuthRoutes(m_router, context);
    addDeviceRoutes(m_router, context);
    addVaultRoutes(m_router, context);
    addLinkRoutes(m_router, context);
    addAccountRoutes(m_router, context);
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listen(const QSslConfiguration &tls, const QHostAddress &address, quint16 port) {
    m_tls = tls;
    m_listener = std::make_unique<DescriptorListener>([this](qintptr fd) { accept(fd); });
    if (!m_listener->listen(address, port))
        return 0;
    return m_listener->serverPort();
}

void ApiServer::acceptWebSockets(const QString &path, UpgradeGate gate) {
    m_webSocketPath = path;
    m_gate = std::move(gate);
    m_router.add("GET", path, [](HttpRequest &) -> HttpResponse {
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("this endpoint speaks WebSocket only: send 'Connection: "
                                     "Upgrade' and 'Upgrade: websocket'"));
    });
}

void ApiServer::accept(qintptr descriptor) {
    auto socket = std::make_unique<QSslSocket>();
    if (!socket->setSocketDescriptor(descriptor))
        return;
    const QHostAddress peer = socket->peerAddress();
    int &open = m_perAddress[peer];
    if (open >= m_limits.maxConnectionsPerAddress) {
        // Closed before the TLS handshake, the costly part of a connection.
        qCWarning(lcHttp).noquote() << "refused a connection from" << peer.toString() << ":" << open
                                    << "are open, the most one address may have";
        socket->abort();
        return;
    }
    ++open;
    connect(socket.get(), &QObject::destroyed, this, [this, peer] {
        if (--m_perAddress[peer] <= 0)
            m_perAddress.remove(peer);
    });
    socket->setSslConfiguration(m_tls);
    QSslSocket *raw = socket.release();
    new HttpConnection(raw, *this, m_limits.times, this);
    raw->startServerEncryption();
}

FramingLimits ApiServer::framingLimits() {
    FramingLimits limits;
    try {
        limits.maxBodyBytes = Settings::load(m_context.store).number(setting::kMaxBodyBytes);
    } catch (const std::exception &error) {
        qCCritical(lcHttp) << "cannot read max-body-bytes, keeping the default:" << error.what();
    }
    return limits;
}

void ApiServer::checkGates(const HttpRequest &request) const {
    if (request.path.startsWith(QLatin1String("/api/")) &&
        !Settings::load(m_context.store).flag(setting::kWebServices))
        throw Refusal(Error::WebServicesDisabled,
                      QStringLiteral("web services are switched off on this server; ask your "
                                     "administrator to enable them"));
}

HttpResponse ApiServer::respond(HttpRequest &request) {
    QElapsedTimer timer;
    timer.start();
    // Kept by a long poll past this call: copies only.
    const auto finished = [this, method = request.method, path = request.path,
                           acceptEncoding = request.header("accept-encoding"),
                           timer](HttpResponse response) {
        if (method != "GET" && response.status < 300 && m_context.dataChanged)
            m_context.dataChanged();
        // Before the time is taken: compressing is part of answering (a feed page's largest).
        try {
            negotiateEncoding(response, acceptEncoding);
        } catch (const std::exception &error) {
            qCCritical(lcHttp) << "cannot compress the answer to" << method << path << ":"
                               << error.what();
        }
        // Paths carry no secrets (tokens travel in headers and bodies), so they may be logged.
        qCInfo(lcHttp).noquote() << method << path << response.status
                                 << QStringLiteral("%1ms").arg(timer.elapsed());
        return withSecurityHeaders(std::move(response));
    };
    HttpResponse response;
    try {
        checkGates(request);
        response = m_router.dispatch(request);
    } catch (const Refusal &refusal) {
        response = HttpResponse::problem(refusal);
    } catch (const std::exception &error) {
        response = internalError(request, error);
    }
    if (!response.longPoll)
        return finished(std::move(response));
    // Each later check answers as the route would have: problems, logging and headers alike.
    auto poll = std::make_shared<LongPoll>(*response.longPoll);
    poll->check = [inner = response.longPoll->check, finished,
                   copy = request](bool last) mutable -> std::optional<HttpResponse> {
        std::optional<HttpResponse> answer;
        try {
            answer = inner(last);
        } catch (const Refusal &refusal) {
            answer = HttpResponse::problem(refusal);
        } catch (const std::exception &error) {
            answer = internalError(copy, error);
        }
        if (!answer)
            return std::nullopt;
        return finished(std::move(*answer));
    };
    return HttpResponse::later(std::move(poll));
}

std::optional<HttpResponse> ApiServer::checkUpgrade(HttpRequest &request) {
    try {
        checkWebSocketHandshake(request);
        checkGates(request);
        if (!m_gate || request.path != m_webSocketPath)
            throw Refusal(Error::NotFound,
                          QStringLiteral("there is no WebSocket endpoint %1").arg(request.path));
        m_gate(request);
        qCInfo(lcHttp).noquote() << "upgraded" << request.path << "to WebSocket";
        return std::nullopt;
    } catch (const Refusal &refusal) {
        qCInfo(lcHttp).noquote() << "refused a WebSocket upgrade of" << request.path << ":"
                                 << errorInfo(refusal.error()).code;
        return withSecurityHeaders(HttpResponse::problem(refusal));
    } catch (const std::exception &error) {
        return withSecurityHeaders(internalError(request, error));
    }
}

void ApiServer::takeUpgraded(QSslSocket *socket) {
    m_webSockets.handleConnection(socket);
    // The handshake is already buffered: nothing new will arrive to tell the WebSocket server.
    emit socket->readyRead();
}

} // namespace vaultlink::server
