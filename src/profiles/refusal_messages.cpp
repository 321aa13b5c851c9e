#include "src/profiles/refusal_messages.h"

#include <QHash>

namespace vaultlink {

namespace {
using K = Failure::Kind;

const QHash<QString, RefusalText> &table() {
    static const QHash<QString, RefusalText> texts = {
        {QStringLiteral("bad-credentials"),
         {K::Authentication, QStringLiteral("The server refused the user name or password. "
                                            "Check both and try again.")}},
        {QStringLiteral("login-throttled"),
         {K::Authentication, QStringLiteral("Too many failed logins for this user. Wait %1 "
                                            "seconds, then try again.")}},
        {QStringLiteral("mfa-required"),
         {K::Authentication, QStringLiteral("This account needs the code from its authenticator "
                                            "app (give it with --otp).")}},
        {QStringLiteral("mfa-failed"),
         {K::Authentication, QStringLiteral("The authenticator code was wrong or already used "
                                            "(%1 tries left). Wait for the next code.")}},
        {QStringLiteral("mfa-transaction-unknown"),
         {K::Authentication, QStringLiteral("The login took too long or had too many wrong "
                                            "codes. Log in again.")}},
        {QStringLiteral("auth-required"),
         {K::Authentication, QStringLiteral("The server wants a login first. Log in again.")}},
        {QStringLiteral("token-invalid"),
         {K::Authentication, QStringLiteral("The server no longer knows this device's session "
                                            "(logged out or replaced). Log in again with your "
                                            "password; your local copy is kept.")}},
        {QStringLiteral("token-expired"),
         {K::Authentication, QStringLiteral("This device's session has run out. Log in again "
                                            "with your password; your local copy is kept.")}},
        {QStringLiteral("session-expired"),
         {K::Authentication, QStringLiteral("The session ended (idle too long or at its maximum "
                                            "age). Log in again with your password; your local "
                                            "copy is kept.")}},
        {QStringLiteral("token-reused"),
         {K::Authentication, QStringLiteral("The server ended this device's session because a "
                                            "session key was used twice — it may have been "
                                            "copied. Log in again, and tell your administrator "
                                            "if this was not you.")}},
        {QStringLiteral("device-revoked"),
         {K::Policy, QStringLiteral("An administrator revoked this device. Its copy of the "
                                    "passwords has been deleted; ask your administrator before "
                                    "linking it again.")}},
        {QStringLiteral("mobile-sync-disabled"),
         {K::Policy, QStringLiteral("Mobile synchronization is switched off for this database — "
                                    "ask your administrator.")}},
        {QStringLiteral("mobile-right-missing"),
         {K::Policy, QStringLiteral("Your account may not synchronize with mobile devices — ask "
                                    "your administrator for the right \"can synchronize with "
                                    "mobile devices\".")}},
        {QStringLiteral("web-services-disabled"),
         {K::Policy, QStringLiteral("The server's web services are switched off. Your local "
                                    "copy stays usable; try again later or ask your "
                                    "administrator.")}},
        {QStringLiteral("database-unknown"),
         {K::Usage, QStringLiteral("The server has no such database. List them with "
                                   "'vaultlink-cli databases URL'.")}},
        {QStringLiteral("link-code-unknown"),
         {K::LinkCode, QStringLiteral("The server does not know this link code. Check that it "
                                      "was made by this server, or make a new one on the "
                                      "Account page.")}},
        {QStringLiteral("link-code-expired"),
         {K::LinkCode, QStringLiteral("This link code has expired. Make a new one on the "
                                      "Account page.")}},
        {QStringLiteral("link-code-used"),
         {K::LinkCode, QStringLiteral("This link code was already used. Each code links one "
                                      "device; make a new one on the Account page.")}},
        {QStringLiteral("cursor-unknown"),
         {K::Server, QStringLiteral("The server no longer knows this device's position in its "
                                    "history; a full resynchronization is needed.")}},
        {QStringLiteral("internal-error"),
         {K::Server, QStringLiteral("The server failed to answer (internal error). Nothing was "
                                    "changed; try again later.")}},
        {QStringLiteral("request-too-large"),
         {K::Usage, QStringLiteral("The request is larger than the server accepts.")}},
    };
    return texts;
}
} // namespace

RefusalText refusalText(const QString &code) {
    const auto found = table().constFind(code);
    if (found != table().constEnd())
        return *found;
    return {K::Server, QStringLiteral("The server refused the request (%1).").arg(code)};
}

} // namespace vaultlink
