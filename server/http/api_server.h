#pragma once

#include "server/http/http_connection.h"
#include "server/http/router.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QWebSocketServer>

#include <functional>
#include <memory>

class QTcpServer;

namespace vaultlink::server {

struct ServerContext;

struct ServerLimits {
    ConnectionTimes times;
    int maxConnectionsPerAddress = 64; // open connections, WebSockets included
};

// The Web Application over HTTPS: accepts TLS connections, frames each request strictly
// (HttpConnection, RequestFramer), routes it and answers every failure as a problem document.
// Nothing a client sends can crash it or make it hold more than the body limit per connection.
class ApiServer : public QObject, private RequestHandler {
    Q_OBJECT
public:
    // Checks a WebSocket upgrade to the path given to acceptWebSockets(); throws Refusal.
    using UpgradeGate = std::function<void(const HttpRequest &)>;

    explicit ApiServer(ServerContext &context, ServerLimits limits = {}, QObject *parent = nullptr);
    ~ApiServer() override;

    // The port served, or 0 when the address cannot be listened on.
    quint16 listen(const QSslConfiguration &tls, const QHostAddress &address, quint16 port);

    // Upgrades to `path` that pass the gate are handed to webSockets(); a plain request to it is
    // told to upgrade, an upgrade to any other path is not-found.
    void acceptWebSockets(const QString &path, UpgradeGate gate);
    QWebSocketServer &webSockets() { return m_webSockets; }

    qsizetype openConnections(const QHostAddress &peer) const { return m_perAddress.value(peer); }

private:
    FramingLimits framingLimits() override;
    HttpResponse respond(HttpRequest &request) override;
    std::optional<HttpResponse> checkUpgrade(HttpRequest &request) override;
    void takeUpgraded(QSslSocket *socket) override;

    void accept(qintptr descriptor);
    void checkGates(const HttpRequest &request) const;

    ServerContext &m_context;
    ServerLimits m_limits;
    Router m_router;
    QSslConfiguration m_tls;
    std::unique_ptr<QTcpServer> m_listener;
    QWebSocketServer m_webSockets;
    QString m_webSocketPath;
    UpgradeGate m_gate;
    QHash<QHostAddress, int> m_perAddress;
};

} // namespace vaultlink::server
