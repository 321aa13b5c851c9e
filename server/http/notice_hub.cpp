#include "server/http/notice_hub.h"

#include "server/common/refusal.h"
#include "server/directory/databases.h"
#include "server/http/http_types.h"
#include "server/http/server_context.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace vaultlink::server {

namespace {
void send(QWebSocket *socket, const QJsonObject &message) {
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

QJsonObject notice(const char *type, qint64 databaseId, qint64 sequence) {
    return {{QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("database"), databaseId},
            {QStringLiteral("sequence"), sequence}};
}
} // namespace

NoticeHub::NoticeHub(QWebSocketServer &server, ServerContext &context, int pollMs, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_context(context) {
    connect(&server, &QWebSocketServer::newConnection, this, &NoticeHub::accept);
    connect(&m_poll, &QTimer::timeout, this, &NoticeHub::checkSequences);
    m_poll.start(pollMs);
    m_context.dataChanged = [this] { checkSequences(); };
}

NoticeHub::~NoticeHub() {
    m_context.dataChanged = nullptr;
    for (const Client &client : m_clients)
        delete client.socket;
}

SessionContext NoticeHub::admit(const QByteArray &authorization) const {
    const QString token = bearerToken(authorization);
    if (token.isEmpty())
        throw Refusal(Error::AuthRequired,
                      QStringLiteral("send the access token as a bearer token"));
    return m_context.auth.authenticate(token);
}

void NoticeHub::accept() {
    while (m_server.hasPendingConnections()) {
        QWebSocket *socket = m_server.nextPendingConnection();
        socket->setParent(this);
        try {
            // Admitted before the upgrade; asked again in case the session ended in between.
            const SessionContext session = admit(socket->request().rawHeader("Authorization"));
            const qint64 sequence = requireDatabase(m_context.store, session.database.id).seq;
            m_clients.push_back({socket, session.sessionId, session.database.id, sequence});
            connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
            send(socket, notice("hello", session.database.id, sequence));
        } catch (const Refusal &refusal) {
            refuse(socket, refusal);
            socket->deleteLater();
        }
    }
}

void NoticeHub::drop(QWebSocket *socket) {
    m_clients.erase(std::remove_if(m_clients.begin(), m_clients.end(),
                                   [socket](const Client &c) { return c.socket == socket; }),
                    m_clients.end());
    socket->deleteLater();
}

void NoticeHub::refuse(QWebSocket *socket, const Refusal &refusal) {
    send(socket, {{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("code"), QLatin1String(errorInfo(refusal.error()).code)},
                  {QStringLiteral("detail"), refusal.detail()}});
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, refusal.detail());
}

void NoticeHub::checkSequences() {
    // Work on a copy: closing or writing to a socket may drop clients from the list at once.
    const std::vector<Client> clients = m_clients;
    for (const Client &client : clients) {
        // A connection lives only as long as its session: logout, revocation or timeout end it.
        try {
            m_context.auth.requireOpen(client.sessionId);
        } catch (const Refusal &refusal) {
            // Told once; the socket is deleted when its close handshake ends (disconnected).
            std::erase_if(m_clients, [&](const Client &c) { return c.socket == client.socket; });
            refuse(client.socket, refusal);
            continue;
        }
        const auto database = findDatabase(m_context.store, client.databaseId);
        if (!database || database->seq == client.lastSequence)
            continue;
        for (Client &kept : m_clients)
            if (kept.socket == client.socket)
                kept.lastSequence = database->seq;
        send(client.socket, notice("changed", client.databaseId, database->seq));
    }
}

} // namespace vaultlink::server
