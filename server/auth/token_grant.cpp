#include "server/auth/token_grant.h"

#include "server/auth/devices.h"
#include "server/auth/policy.h"
#include "server/common/timefmt.h"
#include "server/crypto/token.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "server/store/sql.h"

namespace vaultlink::server {

QJsonObject sessionJson(const UserRow &user, const DatabaseRow &database, const DeviceRow &device) {
    return {
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), user.name},
                                             {QStringLiteral("displayName"), user.displayName},
                                             {QStringLiteral("rights"), rightsJson(user.rights)}}},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("id"), database.id}, {QStringLiteral("name"), database.name}}},
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), device.deviceId},
                                               {QStringLiteral("name"), device.name}}}};
}

QJsonObject issueGrant(Store &store, RandomSource &random, const Settings &settings,
                       const GrantContext &context, qint64 nowMs) {
    const QString access = newToken(random);
    const QString refresh = newToken(random);
    const qint64 accessExpires = nowMs + settings.number(setting::kAccessTokenSeconds) * 1000;
    const qint64 refreshExpires = nowMs + settings.number(setting::kRefreshTokenSeconds) * 1000;
    run(store,
        QStringLiteral("INSERT INTO access_tokens(digest, session_id, expires_at) VALUES(?, ?, ?)"),
        {tokenDigest(access), context.sessionId, accessExpires});
    run(store,
        QStringLiteral(
            "INSERT INTO refresh_tokens(digest, session_id, expires_at) VALUES(?, ?, ?)"),
        {tokenDigest(refresh), context.sessionId, refreshExpires});
    // Expired access tokens of this session are useless; keep the table small.
    run(store, QStringLiteral("DELETE FROM access_tokens WHERE session_id = ? AND expires_at < ?"),
        {context.sessionId, nowMs});
    return {
        {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
        {QStringLiteral("accessToken"), access},
        {QStringLiteral("accessTokenExpiresAt"), isoTime(accessExpires)},
        {QStringLiteral("refreshToken"), refresh},
        {QStringLiteral("refreshTokenExpiresAt"), isoTime(refreshExpires)},
        {QStringLiteral("session"), sessionJson(context.user, context.database, context.device)},
        {QStringLiteral("policy"),
         policyJson(settings, context.database, context.user, context.device.active, nowMs)}};
}

QJsonObject startSession(Store &store, RandomSource &random, const Settings &settings,
                         const UserRow &user, const DatabaseRow &database, const DeviceRow &device,
                         qint64 nowMs) {
    const qint64 sessionId =
        run(store,
            QStringLiteral("INSERT INTO sessions(user_id, database_id, device, created_at, "
                           "last_seen) VALUES(?, ?, ?, ?, ?)"),
            {user.id, database.id, device.rowId, nowMs, nowMs})
            .lastInsertId()
            .toLongLong();
    return issueGrant(store, random, settings, {sessionId, user, database, device}, nowMs);
}

} // namespace vaultlink::server
