#include "server/common/refusal.h"
#include "server/http/json_body.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"

namespace vaultlink::server {

void addAuthRoutes(Router &router, ServerContext &ctx) {
    router.add("POST", QStringLiteral("/api/v1/auth/login"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        const QJsonObject device = body.object("device");
        LoginRequest login{body.integer("database"), body.string("username"),
                           body.string("password"), device.value(QStringLiteral("id")).toString(),
                           device.value(QStringLiteral("name")).toString()};
        if (login.deviceId.isEmpty() || login.deviceId.size() > 128 ||
            login.deviceName.size() > 128)
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("field 'device' needs an 'id' (1-128 characters) and a "
                                         "'name' (up to 128)"),
                          {{QStringLiteral("field"), QStringLiteral("device")}});
        if (login.deviceName.isEmpty())
            login.deviceName = login.deviceId;
        return HttpResponse::json(ctx.auth.login(login));
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
