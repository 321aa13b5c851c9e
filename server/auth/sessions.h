#pragma once

#include "server/auth/devices.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"

#include <QJsonObject>
#include <QString>

namespace vaultlink::server {

class Clock;
class RandomSource;
class Settings;
class Store;

struct LoginRequest {
    qint64 databaseId = 0;
    QString userName;
    QString password;
    QString deviceId;
    QString deviceName;
    QString domain;  // a directory account's domain; empty for a local account
    QString address; // the client's, shown when a push or a call asks to approve
};

// The second step of a login that answered mfa-required. "method" is one of the challenge's
// methods; "response" is that method's answer (docs/api.md §7.4; TOTP: {"code": "123456"}).
struct MfaAnswer {
    QString transaction;
    QString method;
    QJsonObject response;
};

struct SessionContext {
    qint64 sessionId = 0;
    UserRow user;
    DatabaseRow database;
    DeviceRow device;
};

// Login transactions and the token lifecycle: short-lived access tokens, refresh tokens that
// rotate on every use, and reuse of a spent refresh token revoking the whole session.
class Auth {
public:
    Auth(Store &store, const Clock &clock, RandomSource &random);

    QJsonObject login(const LoginRequest &request);
    QJsonObject answerMfa(const MfaAnswer &answer);
    QJsonObject refresh(const QString &refreshToken);
    SessionContext authenticate(const QString &accessToken);
    // For long-lived connections: throws the refusal that now ends the session, if any
    // (logout, revocation, timeout, withdrawn rights); the access token's expiry is not checked.
    void requireOpen(qint64 sessionId);
    void logout(const QString &accessToken);
    QJsonObject policy(const SessionContext &session);

private:
    SessionContext loadSession(qint64 sessionId);
    // Throws the refusal that ends this session's use, if any.
    void checkUsable(const SessionContext &session, const QString &revoked, qint64 createdAt,
                     qint64 lastSeen, qint64 now);
    // The same outside a transaction: the end it finds goes to the audit trail, in one of its own.
    void checkOpen(const SessionContext &session, const QString &revoked, qint64 createdAt,
                   qint64 lastSeen, qint64 now);

    Store &m_store;
    const Clock &m_clock;
    RandomSource &m_random;
};

// WebServicesDisabled when the administrator switched the API off.
void requireWebServices(const Settings &settings);
// Housekeeping on the way to a login: what has expired can never be used again.
void deleteExpiredLoginState(Store &store, qint64 nowMs);

// Refusals for a database, user or device that may not sync any more, each with the policy.
void checkMobileAllowed(Store &store, const DatabaseRow &database, const UserRow &user,
                        const DeviceRow &device, qint64 nowMs);

} // namespace vaultlink::server
