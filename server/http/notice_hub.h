#pragma once

#include <QObject>
#include <QTimer>

#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace vaultlink::server {

class Refusal;
struct HttpRequest;
struct ServerContext;
struct SessionContext;

// Change notices over WebSocket (GET /api/v1/notices with a bearer token): a connected client
// hears its database's new sequence number whenever it moves, whether the change came through
// the API or from the admin command line (found by polling the store). The HTTP layer asks
// admit() before it upgrades, so that a missing or dead token is refused as a problem document.
class NoticeHub : public QObject {
    Q_OBJECT
public:
    static constexpr char kPath[] = "/api/v1/notices";

    NoticeHub(QWebSocketServer &server, ServerContext &context, int pollMs = 1000,
              QObject *parent = nullptr);
    ~NoticeHub() override;

    qsizetype clientCount() const { return static_cast<qsizetype>(m_clients.size()); }

    // The session an upgrade request's bearer token opens; throws Refusal.
    SessionContext admit(const QByteArray &authorization) const;

public slots:
    void checkSequences();

private:
    struct Client {
        QWebSocket *socket;
        qint64 sessionId;
        qint64 databaseId;
        qint64 lastSequence;
    };
    void accept();
    void drop(QWebSocket *socket);
    void refuse(QWebSocket *socket, const Refusal &refusal);

    QWebSocketServer &m_server;
    ServerContext &m_context;
    QTimer m_poll;
    std::vector<Client> m_clients;
};

} // namespace vaultlink::server
