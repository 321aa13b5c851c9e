#include "server/auth/credentials.h"

#include "server/auth/second_factor.h"
#include "server/common/refusal.h"
#include "server/crypto/password_hash.h"
#include "server/directory/directory_accounts.h"
#include "server/store/settings.h"
#include "server/store/sql.h"

#include <QJsonObject>

#include <algorithm>

namespace vaultlink::server {

qint64 throttleDelayMs(const Settings &settings, int failures) {
    const qint64 free = settings.number(setting::kFreeLoginAttempts);
    if (failures < free)
        return 0;
    const qint64 doublings = std::min<qint64>(failures - free, 30);
    return std::min(settings.number(setting::kThrottleBaseMs) << doublings,
                    settings.number(setting::kThrottleMaxMs));
}

namespace {
struct Failures {
    int count = 0;
    qint64 lastAt = 0;
};

void refuseWhileThrottled(const Settings &settings, const Failures &failures, qint64 nowMs) {
    const qint64 readyAt = failures.lastAt + throttleDelayMs(settings, failures.count);
    if (nowMs >= readyAt)
        return;
    const qint64 seconds = (readyAt - nowMs + 999) / 1000;
    throw Refusal(
        Error::LoginThrottled,
        QStringLiteral("too many failed logins for this user; try again in %1 s").arg(seconds),
        {{QStringLiteral("retryAfterSeconds"), seconds}});
}

[[noreturn]] void refuseCredentials() {
    throw Refusal(Error::BadCredentials,
                  QStringLiteral("the user name, password or domain is wrong"));
}

// Names that do not exist are throttled exactly like real ones, so neither the answers nor
// their timing tell an attacker which names are real.
Failures unknownNameFailures(Store &store, const QString &name) {
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT failed_logins, last_failed_at FROM unknown_logins "
                                     "WHERE name = ?"),
                      {name.trimmed()});
    Failures failures;
    if (q.next())
        failures = {q.value(0).toInt(), q.value(1).toLongLong()};
    return failures;
}

void countUnknownName(Store &store, const QString &name, qint64 nowMs) {
    run(store,
        QStringLiteral(
            "INSERT INTO unknown_logins(name, failed_logins, last_failed_at) VALUES(?, 1, "
            "?) ON CONFLICT(name) DO UPDATE SET failed_logins = failed_logins + 1, "
            "last_failed_at = excluded.last_failed_at"),
        {name.trimmed(), nowMs});
}

[[noreturn]] void failUnknownName(Store &store, const Settings &settings, const QString &name,
                                  const QString &password, qint64 nowMs) {
    refuseWhileThrottled(settings, unknownNameFailures(store, name), nowMs);
    verifyPassword(password, QStringLiteral("$scrypt$ln=17,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$"
                                            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    countUnknownName(store, name, nowMs);
    refuseCredentials();
}
} // namespace

UserRow verifyCredentials(Store &store, const Settings &settings, const QString &userName,
                          const QString &password, qint64 nowMs, const QString &domain) {
    const std::optional<LoginAccount> account = findLoginAccount(store, userName, domain);
    if (!account)
        failUnknownName(store, settings, userName, password, nowMs);
    const UserRow &user = account->user;
    refuseWhileThrottled(settings, {user.failedLogins, user.lastFailedAt}, nowMs);
    // The password is checked whatever the domain, so that the time taken tells nothing.
    if (!verifyPassword(password, user.passwordHash) || !account->domainFits) {
        recordFailedLogin(store, user.id, nowMs);
        refuseCredentials();
    }
    // With a second factor the login is not done yet: its failures (a PIN guessed) count on
    // until it is, so that a known password does not buy more guesses.
    if (user.failedLogins > 0 && usableMfaMethods(store, user).isEmpty())
        clearFailedLogins(store, user.id);
    return user;
}

void refuseWhileThrottled(Store &store, const Settings &settings, const QString &userName,
                          qint64 nowMs) {
    const auto user = findUserByName(store, userName);
    refuseWhileThrottled(settings,
                         user ? Failures{user->failedLogins, user->lastFailedAt}
                              : unknownNameFailures(store, userName),
                         nowMs);
}

void countFailedLogin(Store &store, const QString &userName, qint64 nowMs) {
    if (const auto user = findUserByName(store, userName))
        recordFailedLogin(store, user->id, nowMs);
    else
        countUnknownName(store, userName, nowMs);
}

} // namespace vaultlink::server
