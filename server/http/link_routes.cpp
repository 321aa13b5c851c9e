#include "server/auth/link_codes.h"
#include "server/http/json_body.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/store/settings.h"

namespace vaultlink::server {

void addLinkRoutes(Router &router, ServerContext &ctx) {
    router.add("POST", QStringLiteral("/api/v1/link-codes"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        const LinkCode code = ctx.linkCodes.issue(session.user.id, session.database.id, ctx.pin);
        return HttpResponse::json(linkCodeJson(code, ctx.pin), 201);
    });

    router.add("POST", QStringLiteral("/api/v1/link-codes/redeem"), [&ctx](HttpRequest &request) {
        const JsonBody body(request);
        const LinkTarget target = ctx.linkCodes.redeem(body.string("token"));
        QJsonObject answer{
            {QStringLiteral("server"), Settings::load(ctx.store).text(setting::kPublicUrl)},
            {QStringLiteral("database"),
             QJsonObject{{QStringLiteral("id"), target.databaseId},
                         {QStringLiteral("name"), target.databaseName}}},
            {QStringLiteral("username"), target.userName}};
        if (!target.domain.isEmpty())
            answer.insert(QStringLiteral("domain"), target.domain);
        return HttpResponse::json(answer);
    });
}

} // namespace vaultlink::server
