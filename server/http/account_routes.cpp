#include "server/auth/credentials.h"
#include "server/auth/second_factor.h"
#include "server/common/refusal.h"
#include "server/common/timefmt.h"
#include "server/crypto/password_hash.h"
#include "server/crypto/totp.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/http/account_page.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/qr/qr_png.h"
#include "server/store/settings.h"
#include "server/store/store.h"

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

// The second factor of the Account page's own login: the authenticator's code, or the PIN. The
// page stands in for the phone app that approves pushes and for the telephone, so users who
// only have those (or a security key) sign in here with the password.
bool secondFactorAccepted(ServerContext &ctx, const UserRow &user, const QString &answer,
                          qint64 now) {
    if (user.totpSecret.isEmpty() && user.pinHash.isEmpty())
        return true;
    if (!user.totpSecret.isEmpty()) {
        const qint64 step = totpMatch(user.totpSecret, answer, now, user.totpLastStep);
        if (step >= 0) {
            setTotpLastStep(ctx.store, user.id, step);
            return true;
        }
    }
    if (!user.pinHash.isEmpty() && verifyPassword(answer, user.pinHash))
        return true;
    recordFailedLogin(ctx.store, user.id, now);
    return false;
}

HttpResponse showAccount(ServerContext &ctx, const WebSession &web, const QString &notice = {}) {
    const auto user = findUser(ctx.store, web.userId);
    const DatabaseRow database = requireDatabase(ctx.store, web.databaseId);
    const LinkCode code = ctx.linkCodes.issue(web.userId, web.databaseId, ctx.pin);
    AccountView view{user->displayName,
                     user->name,
                     database.name,
                     code.uri,
                     qrPng(code.uri),
                     isoTime(code.expiresAt),
                     ctx.pin,
                     {},
                     notice,
                     usableMfaMethods(ctx.store, *user)};
    if (!database.mobileSync)
        view.warning =
            QStringLiteral("Mobile synchronization is switched off for this database; "
                           "a phone cannot link to it until an administrator enables it.");
    else if (!user->rights.canSyncMobile)
        view.warning = QStringLiteral("You lack the right \"can synchronize with mobile devices\"; "
                                      "ask your administrator before linking a phone.");
    return HttpResponse::html(accountPage(view));
}

HttpResponse signIns(ServerContext &ctx, const WebSession &web, const QString &notice) {
    const auto user = findUser(ctx.store, web.userId);
    QList<SignInRequest> requests;
    for (const MfaApproval &a : pendingApprovals(ctx.store, web.userId, ctx.clock.nowMs()))
        requests.append({a.id, a.method == QLatin1String(mfa::kPhoneCall), a.deviceName, a.address,
                         isoTime(a.createdAt), maskedPhone(user->phone)});
    return HttpResponse::html(signInRequestsPage(requests, notice));
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
    if (!secondFactorAccepted(ctx, user, formValue(form, "otp"), now))
        return loginPage(
            ctx, QStringLiteral("Enter the current code from your authenticator app, or your PIN."),
            401);
    clearFailedLogins(ctx.store, user.id);
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

    router.add("GET", QStringLiteral("/account/sign-ins"), [&ctx](HttpRequest &request) {
        if (const auto web = ctx.webSessions.find(request.cookie(cookieName())))
            return signIns(ctx, *web, {});
        return loginPage(ctx, {}, 200);
    });

    router.add("POST", QStringLiteral("/account/sign-ins/{id}"), [&ctx](HttpRequest &request) {
        const auto web = ctx.webSessions.find(request.cookie(cookieName()));
        if (!web)
            return loginPage(ctx, {}, 401);
        const QUrlQuery form = formOf(request);
        const qint64 id = request.params.value(QStringLiteral("id")).toLongLong();
        const qint64 now = ctx.clock.nowMs();
        const bool call = formValue(form, "key").size() > 0;
        const bool approve = call ? formValue(form, "key") == QLatin1String("1")
                                  : formValue(form, "decision") == QLatin1String("approve");
        const bool done =
            decideApproval(ctx.store, id, web->userId,
                           QString::fromLatin1(call ? mfa::kPhoneCall : mfa::kPush), approve, now);
        return signIns(ctx, *web,
                       !done     ? QStringLiteral("That sign-in is no longer waiting.")
                       : approve ? QStringLiteral("Approved.")
                                 : QStringLiteral("Denied."));
    });

    router.add("POST", QStringLiteral("/account/pin"), [&ctx](HttpRequest &request) {
        const auto web = ctx.webSessions.find(request.cookie(cookieName()));
        if (!web)
            return loginPage(ctx, {}, 401);
        try {
            Transaction tx(ctx.store);
            setPin(ctx.store, ctx.random, web->userId, formValue(formOf(request), "pin"));
            tx.commit();
        } catch (const Refusal &refusal) {
            return showAccount(ctx, *web,
                               QStringLiteral("The PIN was not set: %1.").arg(refusal.detail()));
        }
        return showAccount(ctx, *web, QStringLiteral("Your PIN is set."));
    });

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
