#include "server/common/refusal.h"
#include "server/http/device_field.h"
#include "server/http/json_body.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"

namespace vaultlink::server {

void addAuthRoutes(Router &router, ServerContext &ctx) {
    router.add("POST", QStringLiteral("/api/v1/auth/login"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        const qint64 database = body.integer("database");
        const QString user = body.string("username");
        const QString password = body.string("password");
        const DeviceField device = deviceField(body);
        return HttpResponse::json(
            ctx.auth.login({database, user, password, device.id, device.name}));
    });

    router.add("POST", QStringLiteral("/api/v1/auth/mfa"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        return HttpResponse::json(ctx.auth.answerMfa(
            {body.string("transaction"), body.string("method"), body.object("response")}));
    });

    router.add("POST", QStringLiteral("/api/v1/auth/refresh"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        return HttpResponse::json(ctx.auth.refresh(body.string("refreshToken")));
    });

    router.add("POST", QStringLiteral("/api/v1/auth/logout"), [&ctx](HttpRequest &request) {
        const QString token = request.bearerToken();
        if (token.isEmpty())
            throw Refusal(
                Error::AuthRequired,
                QStringLiteral("send the access token as \"Authorization: Bearer <token>\""));
        ctx.auth.logout(token);
        return HttpResponse::noContent();
    });
}

} // namespace vaultlink::server
