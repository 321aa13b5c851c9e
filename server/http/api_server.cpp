#include "server/http/api_server.h"

#include "server/common/refusal.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/store/settings.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTcpSocket>

namespace vaultlink::server {

Q_LOGGING_CATEGORY(lcHttp, "vaultlink.server.http")

namespace {
HttpRequest toRequest(const QHttpServerRequest &request) {
    HttpRequest out;
    const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
        static_cast<int>(request.method()));
    out.method = QByteArray(method ? method : "UNKNOWN").toUpper();
    out.path = request.url().path();
    out.query = request.query();
    for (const auto &[name, value] : request.headers())
        out.headers.insert(name.toLower(), value);
    out.body = request.body();
    return out;
}

HttpResponse withSecurityHeaders(HttpResponse response) {
    response.headers.emplaceBack("Cache-Control", "no-store");
    response.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    response.headers.emplaceBack("Strict-Transport-Security", "max-age=31536000");
    return response;
}
} // namespace

ApiServer::ApiServer(ServerContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context) {
    addDiscoveryRoutes(m_router, context);
    addAuthRoutes(m_router, context);
    addVaultRoutes(m_router, context);
    addLinkRoutes(m_router, context);
    addAccountRoutes(m_router, context);
}

HttpResponse ApiServer::respond(HttpRequest &request) {
    try {
        const Settings settings = Settings::load(m_context.store);
        if (request.body.size() > settings.number(setting::kMaxBodyBytes))
            throw Refusal(Error::RequestTooLarge,
                          QStringLiteral("the body has %1 bytes; the limit is %2")
                              .arg(request.body.size())
                              .arg(settings.number(setting::kMaxBodyBytes)));
        if (request.path.startsWith(QLatin1String("/api/")) &&
            !settings.flag(setting::kWebServices))
            throw Refusal(Error::WebServicesDisabled,
                          QStringLiteral("web services are switched off on this server; ask your "
                                         "administrator to enable them"));
        HttpResponse response = m_router.dispatch(request);
        if (request.method != "GET" && response.status < 300 && m_context.dataChanged)
            m_context.dataChanged();
        return response;
    } catch (const Refusal &refusal) {
        return HttpResponse::problem(refusal);
    } catch (const std::exception &error) {
        // The message may name SQL or files, never request content; it stays in the log.
        qCCritical(lcHttp) << "internal error on" << request.method << request.path << ":"
                           << error.what();
        return HttpResponse::problem(Refusal(
            Error::Internal, QStringLiteral("the server failed; the request changed nothing")));
    }
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    QElapsedTimer timer;
    timer.start();
    HttpRequest parsed = toRequest(request);
    // Qt 6.4 offers a WebSocket upgrade here first and hands the socket to the notice hub only
    // when this returns true having written nothing; the hub checks the path and the token.
    if (parsed.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0 &&
        parsed.header("connection").toLower().contains("upgrade"))
        return true;
    const HttpResponse response = withSecurityHeaders(respond(parsed));

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    // Paths carry no secrets (tokens travel in headers and bodies), so they may be logged.
    qCInfo(lcHttp).noquote() << parsed.method << parsed.path << response.status
                             << QStringLiteral("%1ms").arg(timer.elapsed());
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    const HttpResponse response =
        HttpResponse::problem(Refusal(Error::NotFound, QStringLiteral("no handler")));
    makeResponder(request, socket)
        .write(response.body, response.contentType,
               static_cast<QHttpServerResponder::StatusCode>(response.status));
}

} // namespace vaultlink::server
