#pragma once

#include "server/http/router.h"

#include <QAbstractHttpServer>

namespace vaultlink::server {

struct ServerContext;

// The Web Application over HTTPS: turns Qt's parsed requests into HttpRequest, routes them,
// and answers every failure as a problem document. Nothing a client sends can crash it.
class ApiServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse respond(HttpRequest &request);

    ServerContext &m_context;
    Router m_router;
};

} // namespace vaultlink::server
