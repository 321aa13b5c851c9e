#include "server/auth/device_login.h"
#include "server/common/refusal.h"
#include "server/http/device_field.h"
#include "server/http/json_body.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"

namespace vaultlink::server {

void addDeviceRoutes(Router &router, ServerContext &ctx) {
    router.add("PUT", QStringLiteral("/api/v1/device/key"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        const JsonBody body(request);
        if (body.string("algorithm") != QLatin1String("ES256"))
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("'algorithm' must be \"ES256\" (ECDSA on P-256 with "
                                         "SHA-256)"),
                          {{QStringLiteral("field"), QStringLiteral("algorithm")}});
        ctx.deviceLogin.registerKey(session, body.base64("publicKey"));
        return HttpResponse::noContent();
    });

    router.add("DELETE", QStringLiteral("/api/v1/device/key"), [&ctx](HttpRequest &request) {
        ctx.deviceLogin.removeKey(ctx.requireSession(request));
        return HttpResponse::noContent();
    });

    router.add("POST", QStringLiteral("/api/v1/auth/device-challenge"),
               [&ctx](HttpRequest &request) {
                   const JsonBody body(request);
                   const qint64 database = body.integer("database");
                   const QString user = body.string("username");
                   const QString device = body.string("deviceId");
                   if (device.size() > 128)
                       throw Refusal(Error::InvalidRequest,
                                     QStringLiteral("'deviceId' has at most 128 characters"),
                                     {{QStringLiteral("field"), QStringLiteral("deviceId")}});
                   return HttpResponse::json(ctx.deviceLogin.challenge({database, user, device}));
               });

    router.add("POST", QStringLiteral("/api/v1/auth/device-login"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        const QString challenge = body.string("challenge");
        const QByteArray signature = body.base64("signature");
        const DeviceField device = deviceField(body);
        const QString password = body.optionalString("password");
        return HttpResponse::json(ctx.deviceLogin.login(
            {challenge, signature, device.id, device.name, password, request.peerAddress}));
    });
}

} // namespace vaultlink::server
