#include "server/common/refusal.h"
#include "server/http/device_field.h"
#include "server/http/json_body.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"

namespace vaultlink::server {

namespace {
// The longest /auth/mfa holds an approval's answer back (docs/api.md §7.4): below the clients'
// 30 s request limit, with room for the network.
constexpr qint64 kMaxWaitSeconds = 25;

bool stillWaiting(const Refusal &refusal) {
    return refusal.error() == Error::MfaRequired &&
           refusal.extra().contains(QStringLiteral("approval"));
}
} // namespace

void addAuthRoutes(Router &router, ServerContext &ctx) {
    router.add("POST", QStringLiteral("/api/v1/auth/login"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        const qint64 database = body.integer("database");
        const QString user = body.string("username");
        const QString password = body.string("password");
        const DeviceField device = deviceField(body);
        const QString domain = body.optionalString("domain");
        if (domain.size() > 253)
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("'domain' has at most 253 characters"),
                          {{QStringLiteral("field"), QStringLiteral("domain")}});
        return HttpResponse::json(ctx.auth.login(
            {database, user, password, device.id, device.name, domain, request.peerAddress}));
    });

    router.add("POST", QStringLiteral("/api/v1/auth/mfa"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        const MfaAnswer answer{body.string("transaction"), body.string("method"),
                               body.object("response")};
        const qint64 waitSeconds = answer.response.value(QStringLiteral("waitSeconds")).toInteger();
        if (waitSeconds < 0 || waitSeconds > kMaxWaitSeconds)
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("'response.waitSeconds' is 0 to %1").arg(kMaxWaitSeconds),
                          {{QStringLiteral("field"), QStringLiteral("response.waitSeconds")}});
        MfaAnswer asking = answer;
        try {
            return HttpResponse::json(ctx.auth.answerMfa(answer));
        } catch (const Refusal &refusal) {
            if (!stillWaiting(refusal) || waitSeconds == 0)
                throw;
            // Later checks ask about this approval; asking without it would start another.
            asking.response.insert(QStringLiteral("approval"),
                                   refusal.extra()
                                       .value(QStringLiteral("approval"))
                                       .toObject()
                                       .value(QStringLiteral("id")));
        }
        // An approval is pending: ask again until it is decided, or answer that it still waits.
        auto poll = std::make_shared<LongPoll>();
        poll->waitMs = static_cast<int>(waitSeconds * 1000);
        poll->check = [&ctx, asking](bool last) -> std::optional<HttpResponse> {
            try {
                return HttpResponse::json(ctx.auth.answerMfa(asking));
            } catch (const Refusal &refusal) {
                if (stillWaiting(refusal) && !last)
                    return std::nullopt;
                throw;
            }
        };
        return HttpResponse::later(std::move(poll));
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
