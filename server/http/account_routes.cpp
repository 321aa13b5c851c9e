#include "server/auth/credentials.h"
#include "server/common/refusal.h"
#include "server/common/timefmt.h"
#include "server/crypto/totp.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/http/account_page.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/qr/qr_png.h"
#include "server/store/settings.h"

#include <QUrlQuery>

namespace vaultlink::server {

namespace {
QString cookieName() {
    return QStringLiteral("vaultlink_account");
}

QUrlQuery formOf(const HttpRequest &request) {
    return QUrlQuery(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
}

QString formValue(const QUrlQuery &form, const char *key) {
    return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

HttpResponse loginPage(ServerContext &ctx, const QString &error, int status) {
    return HttpResponse::html(accountLoginPage(listDatabases(ctx.store), error), status);
}

HttpResponse showAccount(ServerContext &ctx, const WebSession &web) {
    const auto user = findUser(ctx.store, web.userId);
    const DatabaseRow database = requireDatabase(ctx.store, web.databaseId);
    const LinkCode code = ctx.linkCodes.issue(web.userId, web.databaseId, ctx.pin);
    AccountView view{user->displayName, user->name,
                     database.name,     code.uri,
                     qrPng(code.uri),   isoTime(code.expiresAt),
                     ctx.pin,           {}};
    if (!database.mobileSync)
        view.warning =
            QStringLiteral("Mobile synchronization is switched off for this database; "
                           "a phone cannot link to it until an administrator enables it.");
    else if (!user->rights.canSyncMobile)
        view.warning = QStringLiteral("You lack the right \"can synchronize with mobile devices\"; "
                                      "ask your administrator before linking a phone.");
    return HttpResponse::html(accountPage(view));
}

HttpResponse login(ServerContext &ctx, const HttpRequest &request) {
    const QUrlQuery form = formOf(request);
    bool ok = false;
    const qint64 databaseId = formValue(form, "database").toLongLong(&ok);
    if (!ok || !findDatabase(ctx.store, databaseId))
        return loginPage(ctx, QStringLiteral("Choose a database."), 400);
    const qint64 now = ctx.clock.nowMs();
    UserRow user;
    try {
        user = verifyCredentials(ctx.store, Settings::load(ctx.store), formValue(form, "username"),
                                 formValue(form, "password"), now);
    } catch (const Refusal &refusal) {
        return loginPage(ctx, refusal.detail(), errorInfo(refusal.error()).status);
    }
    if (!user.totpSecret.isEmpty()) {
        const qint64 step =
            totpMatch(user.totpSecret, formValue(form, "otp"), now, user.totpLastStep);
        if (step < 0)
            return loginPage(
                ctx, QStringLiteral("Enter the current code from your authenticator app."), 401);
        setTotpLastStep(ctx.store, user.id, step);
    }
    const QString token = ctx.webSessions.open(user.id, databaseId);
    HttpResponse response = HttpResponse::redirect(QStringLiteral("/account"));
    response.headers.emplaceBack(
        "Set-Cookie", QStringLiteral("%1=%2; Path=/account; HttpOnly; Secure; SameSite=Strict")
                          .arg(cookieName(), token)
                          .toLatin1());
    return response;
}
} // namespace

void addAccountRoutes(Router &router, ServerContext &ctx) {
    router.add("GET", QStringLiteral("/"),
               [](HttpRequest &) { return HttpResponse::redirect(QStringLiteral("/account")); });

    router.add("GET", QStringLiteral("/account"), [&ctx](HttpRequest &request) {
        if (const auto web = ctx.webSessions.find(request.cookie(cookieName())))
            return showAccount(ctx, *web);
        return loginPage(ctx, {}, 200);
    });

    // "New code": the page issues a fresh code on every view.
    router.add("POST", QStringLiteral("/account"),
               [](HttpRequest &) { return HttpResponse::redirect(QStringLiteral("/account")); });

    router.add("POST", QStringLiteral("/account/login"),
               [&ctx](HttpRequest &request) { return login(ctx, request); });

    router.add("POST", QStringLiteral("/account/logout"), [&ctx](HttpRequest &request) {
        ctx.webSessions.close(request.cookie(cookieName()));
        HttpResponse response = HttpResponse::redirect(QStringLiteral("/account"));
        response.headers.emplaceBack("Set-Cookie",
                                     cookieName().toLatin1() +
                                         "=; Path=/account; Max-Age=0; HttpOnly; Secure");
        return response;
    });
}

} // namespace vaultlink::server
