#include "server/auth/second_factor.h"
#include "server/common/timefmt.h"
#include "server/directory/databases.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/store/settings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vaultlink::server {

void addDiscoveryRoutes(Router &router, ServerContext &ctx) {
    router.add("GET", QStringLiteral("/api/v1/info"), [&ctx](HttpRequest &) {
        const Settings settings = Settings::load(ctx.store);
        return HttpResponse::json(
            {{QStringLiteral("name"), settings.text(setting::kServerName)},
             {QStringLiteral("apiVersion"), 1},
             {QStringLiteral("serverVersion"), QCoreApplication::applicationVersion()},
             {QStringLiteral("features"),
              QJsonArray{QStringLiteral("mfa-totp"), QStringLiteral("refresh-rotation"),
                         QStringLiteral("change-feed"), QStringLiteral("field-revisions"),
                         QStringLiteral("link-codes"), QStringLiteral("change-notices"),
                         QStringLiteral("record-deletion"), QStringLiteral("device-login"),
                         QStringLiteral("mfa-long-poll"), QStringLiteral("directory-accounts"),
                         QStringLiteral("compact-feed")}},
             {QStringLiteral("feedFormats"), QJsonArray{1, 2}},
             {QStringLiteral("mfaMethods"), QJsonArray::fromStringList(mfaMethodNames())},
             {QStringLiteral("serverTime"), isoTime(ctx.clock.nowMs())}});
    });

    router.add("GET", QStringLiteral("/api/v1/databases"), [&ctx](HttpRequest &) {
        QJsonArray list;
        for (const DatabaseRow &db : listDatabases(ctx.store))
            list.append(QJsonObject{{QStringLiteral("id"), db.id},
                                    {QStringLiteral("name"), db.name},
                                    {QStringLiteral("mobileSync"), db.mobileSync}});
        return HttpResponse::json({{QStringLiteral("databases"), list}});
    });
}

} // namespace vaultlink::server
