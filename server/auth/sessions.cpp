#include "server/auth/sessions.h"

#include "server/auth/audit_events.h"
#include "server/auth/credentials.h"
#include "server/auth/login_audit.h"
#include "server/auth/policy.h"
#include "server/auth/second_factor.h"
#include "server/auth/token_grant.h"
#include "server/common/clock.h"
#include "server/common/random.h"
#include "server/common/refusal.h"
#include "server/crypto/token.h"
#include "server/store/settings.h"
#include "server/store/sql.h"
#include "server/store/store.h"

#include <optional>

namespace vaultlink::server {

namespace {
QJsonObject policyExtra(Store &store, const DatabaseRow &database, const UserRow &user,
                        bool deviceActive, qint64 now) {
    return {{QStringLiteral("policy"),
             policyJson(Settings::load(store), database, user, deviceActive, now)}};
}

EventSubject subjectOf(const SessionContext &session) {
    return {session.user.id, session.device.rowId, session.database.id};
}

// The audit event a refusal of a session's use is worth: the order to wipe the device's copy
// and the timeouts; nothing for the rest (the device learns of a logout or a reuse it caused).
const char *endEvent(const Refusal &refusal) {
    if (refusal.error() == Error::DeviceRevoked)
        return event::kWipeOrdered;
    if (refusal.error() == Error::SessionExpired)
        return event::kSessionExpired;
    return nullptr;
}

// Writes the end of a session to the audit trail unless it is there already: a device that
// asks again hears the same refusal, and the trail one event per session.
void recordSessionEnd(Store &store, const SessionContext &session, const Refusal &refusal,
                      qint64 now) {
    const char *kind = endEvent(refusal);
    if (!kind)
        return;
    const QSqlQuery q =
        run(store,
            QStringLiteral("UPDATE sessions SET end_recorded = ? WHERE id = ? AND end_recorded IS "
                           "NOT ?"),
            {QString::fromLatin1(kind), session.sessionId, QString::fromLatin1(kind)});
    if (q.numRowsAffected() == 0)
        return;
    QJsonObject detail;
    if (refusal.error() == Error::SessionExpired)
        detail.insert(QStringLiteral("reason"), refusal.extra().value(QStringLiteral("reason")));
    recordEvent(store, now, kind, subjectOf(session), detail);
}

} // namespace

void requireWebServices(const Settings &settings) {
    if (!settings.flag(setting::kWebServices))
        throw Refusal(Error::WebServicesDisabled,
                      QStringLiteral("web services are switched off on this server"));
}

void deleteExpiredLoginState(Store &store, qint64 nowMs) {
    for (const char *table : {"login_transactions", "access_tokens", "refresh_tokens"})
        run(store, QStringLiteral("DELETE FROM %1 WHERE expires_at <= ?").arg(QLatin1String(table)),
            {nowMs});
}

void checkMobileAllowed(Store &store, const DatabaseRow &database, const UserRow &user,
                        const DeviceRow &device, qint64 now) {
    if (!device.active)
        throw Refusal(Error::DeviceRevoked,
                      QStringLiteral("this device was revoked by an administrator"),
                      policyExtra(store, database, user, false, now));
    if (!database.mobileSync)
        throw Refusal(Error::MobileSyncDisabled,
                      QStringLiteral("database '%1' does not have mobile synchronization enabled")
                          .arg(database.name),
                      policyExtra(store, database, user, true, now));
    if (!user.rights.canSyncMobile)
        throw Refusal(Error::MobileRightMissing,
                      QStringLiteral("user '%1' lacks the right \"can synchronize with mobile "
                                     "devices\"")
                          .arg(user.name),
                      policyExtra(store, database, user, true, now));
}

Auth::Auth(Store &store, const Clock &clock, RandomSource &random)
    : m_store(store)
    , m_clock(clock)
    , m_random(random) {}

QJsonObject Auth::login(const LoginRequest &request) {
    const qint64 now = m_clock.nowMs();
    const Settings settings = Settings::load(m_store);
    requireWebServices(settings);
    const DatabaseRow database = requireDatabase(m_store, request.databaseId);
    const LoginAttempt attempt{database.id,
                               request.userName,
                               request.domain,
                               request.deviceId,
                               QString::fromLatin1(login_method::kPassword),
                               request.address};
    UserRow user;
    try {
        user = verifyCredentials(m_store, settings, request.userName, request.password, now,
                                 request.domain);
    } catch (const Refusal &refusal) {
        recordLoginFailed(m_store, now, attempt, refusal); // outside a transaction, as the count
        throw;
    }

    deleteExpiredLoginState(m_store, now);
    Transaction tx(m_store);
    const DeviceRow device =
        touchDevice(m_store, user.id, database.id, request.deviceId, request.deviceName, now);
    checkMobileAllowed(m_store, database, user, device, now);
    if (usableMfaMethods(m_store, user).isEmpty()) {
        QJsonObject grant = startSession(m_store, m_random, settings, user, database, device, now);
        recordLogin(m_store, now, {user.id, device.rowId, database.id}, attempt);
        tx.commit();
        return grant;
    }
    const Refusal challenge = openMfaTransaction(
        m_store, m_random, settings, user,
        {user.id, database.id, request.deviceId, request.deviceName, request.address}, now);
    tx.commit();
    throw challenge;
}

QJsonObject Auth::answerMfa(const MfaAnswer &answer) {
    const qint64 now = m_clock.nowMs();
    const Settings settings = Settings::load(m_store);
    requireWebServices(settings);
    Transaction tx(m_store);
    std::optional<MfaTransactionRow> row = findMfaTransaction(m_store, answer.transaction, now);
    if (!row)
        throw Refusal(Error::MfaTransactionUnknown,
                      QStringLiteral("the login has expired or was not started; log in again"));
    const auto user = findUser(m_store, row->login.userId);
    const DatabaseRow database = requireDatabase(m_store, row->login.databaseId);
    if (!usableMfaMethods(m_store, *user).contains(answer.method))
        throw Refusal(
            Error::InvalidRequest,
            QStringLiteral("method '%1' was not offered for this login").arg(answer.method),
            {{QStringLiteral("field"), QStringLiteral("method")}});
    const LoginAttempt attempt{database.id,         user->name,    user->directoryDomain,
                               row->login.deviceId, answer.method, row->login.address};
    if (const std::optional<Refusal> refusal =
            checkMfaAnswer(m_store, settings, *row, *user, answer.method, answer.response, now)) {
        recordLoginFailed(m_store, now, attempt, *refusal); // not for an approval still waiting
        tx.commit(); // what the check counted or started stands, and so does its record
        throw *refusal;
    }
    closeMfaTransaction(m_store, row->digest);
    clearFailedLogins(m_store, user->id); // the whole login is done
    const DeviceRow device = touchDevice(m_store, user->id, database.id, row->login.deviceId,
                                         row->login.deviceName, now);
    checkMobileAllowed(m_store, database, *user, device, now);
    QJsonObject grant = startSession(m_store, m_random, settings, *user, database, device, now);
    recordLogin(m_store, now, {user->id, device.rowId, database.id}, attempt);
    tx.commit();
    return grant;
}

QJsonObject Auth::refresh(const QString &refreshToken) {
    const qint64 now = m_clock.nowMs();
    const Settings settings = Settings::load(m_store);
    requireWebServices(settings);
    Transaction tx(m_store);
    const QByteArray digest = tokenDigest(refreshToken);
    QSqlQuery q = run(m_store,
                      QStringLiteral("SELECT t.session_id, t.expires_at, t.used_at, s.revoked, "
                                     "s.created_at, s.last_seen FROM refresh_tokens t JOIN "
                                     "sessions s ON s.id = t.session_id WHERE t.digest = ?"),
                      {digest});
    if (!q.next())
        throw Refusal(Error::TokenInvalid, QStringLiteral("the refresh token is not known"));
    const qint64 sessionId = q.value(0).toLongLong();
    const qint64 expiresAt = q.value(1).toLongLong();
    const bool used = !q.value(2).isNull();
    const QString revoked = q.value(3).toString();
    const qint64 createdAt = q.value(4).toLongLong();
    const qint64 lastSeen = q.value(5).toLongLong();
    q.finish();

    const SessionContext session = loadSession(sessionId);
    if (used && revoked.isEmpty()) {
        // A spent token came back: someone holds a copy. End the whole chain.
        run(m_store,
            QStringLiteral("UPDATE sessions SET revoked = 'token-reused' WHERE id = ? "
                           "AND revoked IS NULL"),
            {sessionId});
        run(m_store, QStringLiteral("DELETE FROM access_tokens WHERE session_id = ?"), {sessionId});
        recordEvent(m_store, now, event::kTokenReused, subjectOf(session));
        tx.commit();
        throw Refusal(
            Error::TokenReused,
            QStringLiteral("this refresh token was already used; the session is revoked"));
    }
    // A spent token of a session ended otherwise hears that reason.
    try {
        checkUsable(session, revoked, createdAt, lastSeen, now);
    } catch (const Refusal &refusal) {
        recordSessionEnd(m_store, session, refusal, now);
        tx.commit(); // the record of the session's end is all this request wrote
        throw;
    }
    if (now >= expiresAt)
        throw Refusal(Error::TokenExpired, QStringLiteral("the refresh token has expired"));
    run(m_store, QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE digest = ?"),
        {now, digest});
    run(m_store, QStringLiteral("UPDATE sessions SET last_seen = ? WHERE id = ?"),
        {now, sessionId});
    touchDevice(m_store, session.user.id, session.database.id, session.device.deviceId,
                session.device.name, now);
    QJsonObject grant =
        issueGrant(m_store, m_random, settings,
                   {sessionId, session.user, session.database, session.device}, now);
    tx.commit();
    return grant;
}

SessionContext Auth::authenticate(const QString &accessToken) {
    const qint64 now = m_clock.nowMs();
    requireWebServices(Settings::load(m_store));
    QSqlQuery q = run(m_store,
                      QStringLiteral("SELECT t.session_id, t.expires_at, s.revoked, s.created_at, "
                                     "s.last_seen FROM access_tokens t JOIN sessions s ON s.id = "
                                     "t.session_id WHERE t.digest = ?"),
                      {tokenDigest(accessToken)});
    if (!q.next())
        throw Refusal(Error::TokenInvalid, QStringLiteral("the access token is not known"));
    const qint64 sessionId = q.value(0).toLongLong();
    const qint64 expiresAt = q.value(1).toLongLong();
    const QString revoked = q.value(2).toString();
    const qint64 createdAt = q.value(3).toLongLong();
    const qint64 lastSeen = q.value(4).toLongLong();
    q.finish();
    SessionContext session = loadSession(sessionId);
    checkOpen(session, revoked, createdAt, lastSeen, now);
    if (now >= expiresAt)
        throw Refusal(Error::TokenExpired,
                      QStringLiteral("the access token has expired; refresh it"));
    // Record activity for the idle timeout, at most every ten seconds to spare writes.
    if (now - lastSeen > 10'000) {
        run(m_store, QStringLiteral("UPDATE sessions SET last_seen = ? WHERE id = ?"),
            {now, sessionId});
        run(m_store, QStringLiteral("UPDATE devices SET last_seen = ? WHERE id = ?"),
            {now, session.device.rowId});
    }
    return session;
}

void Auth::requireOpen(qint64 sessionId) {
    QSqlQuery q = run(
        m_store, QStringLiteral("SELECT revoked, created_at, last_seen FROM sessions WHERE id = ?"),
        {sessionId});
    if (!q.next())
        throw Refusal(Error::TokenInvalid, QStringLiteral("the session is not known"));
    const QString revoked = q.value(0).toString();
    const qint64 createdAt = q.value(1).toLongLong();
    const qint64 lastSeen = q.value(2).toLongLong();
    q.finish();
    checkOpen(loadSession(sessionId), revoked, createdAt, lastSeen, m_clock.nowMs());
}

void Auth::logout(const QString &accessToken) {
    // Ending a session must work even when its token has just expired or its rights were
    // withdrawn, so only the token's existence is checked.
    const QVariant sessionId =
        queryValue(m_store, QStringLiteral("SELECT session_id FROM access_tokens WHERE digest = ?"),
                   {tokenDigest(accessToken)});
    if (!sessionId.isValid())
        throw Refusal(Error::TokenInvalid, QStringLiteral("the access token is not known"));
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_store);
    const SessionContext session = loadSession(sessionId.toLongLong());
    run(m_store,
        QStringLiteral("UPDATE sessions SET revoked = 'logout' WHERE id = ? AND revoked IS NULL"),
        {session.sessionId});
    run(m_store, QStringLiteral("DELETE FROM access_tokens WHERE session_id = ?"),
        {session.sessionId});
    run(m_store, QStringLiteral("DELETE FROM refresh_tokens WHERE session_id = ?"),
        {session.sessionId});
    // The policy the device was told, which says whether it deletes its copy now.
    recordEvent(m_store, now, event::kLogout, subjectOf(session),
                {{QStringLiteral("wipe"), Settings::load(m_store).flag(setting::kWipeOnLogout)}});
    tx.commit();
}

QJsonObject Auth::policy(const SessionContext &session) {
    return policyJson(Settings::load(m_store), session.database, session.user,
                      session.device.active, m_clock.nowMs());
}

SessionContext Auth::loadSession(qint64 sessionId) {
    QSqlQuery q = run(
        m_store, QStringLiteral("SELECT user_id, database_id, device FROM sessions WHERE id = ?"),
        {sessionId});
    if (!q.next())
        throw Refusal(Error::TokenInvalid, QStringLiteral("the session is not known"));
    SessionContext session;
    session.sessionId = sessionId;
    session.user = *findUser(m_store, q.value(0).toLongLong());
    session.database = requireDatabase(m_store, q.value(1).toLongLong());
    session.device = *findDevice(m_store, q.value(2).toLongLong());
    return session;
}

void Auth::checkUsable(const SessionContext &session, const QString &revoked, qint64 createdAt,
                       qint64 lastSeen, qint64 now) {
    if (!session.device.active || revoked == QLatin1String("device-revoked"))
        throw Refusal(Error::DeviceRevoked,
                      QStringLiteral("this device was revoked by an administrator"),
                      policyExtra(m_store, session.database, session.user, false, now));
    if (revoked == QLatin1String("token-reused"))
        throw Refusal(Error::TokenReused,
                      QStringLiteral("the session was revoked after a refresh token was reused"));
    if (!revoked.isEmpty())
        throw Refusal(Error::TokenInvalid,
                      QStringLiteral("the session has ended (%1)").arg(revoked));
    // Which limit ended the session, with its value, so that a client can tell its user why.
    const Settings settings = Settings::load(m_store);
    const qint64 idleSeconds = settings.number(setting::kSessionTimeoutSeconds);
    if (now - lastSeen > idleSeconds * 1000)
        throw Refusal(Error::SessionExpired, QStringLiteral("the session timed out; log in again"),
                      {{QStringLiteral("reason"), QStringLiteral("idle")},
                       {QStringLiteral("idleSeconds"), idleSeconds}});
    const qint64 maxSeconds = settings.number(setting::kMaxSessionSeconds);
    if (now - createdAt > maxSeconds * 1000)
        throw Refusal(Error::SessionExpired,
                      QStringLiteral("the session reached its maximum age; log in again"),
                      {{QStringLiteral("reason"), QStringLiteral("max-age")},
                       {QStringLiteral("maxSessionSeconds"), maxSeconds}});
    checkMobileAllowed(m_store, session.database, session.user, session.device, now);
}

void Auth::checkOpen(const SessionContext &session, const QString &revoked, qint64 createdAt,
                     qint64 lastSeen, qint64 now) {
    try {
        checkUsable(session, revoked, createdAt, lastSeen, now);
    } catch (const Refusal &refusal) {
        if (endEvent(refusal)) {
            Transaction tx(m_store);
            recordSessionEnd(m_store, session, refusal, now);
            tx.commit();
        }
        throw;
    }
}

} // namespace vaultlink::server
