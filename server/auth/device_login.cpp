#include "server/auth/device_login.h"

#include "server/auth/credentials.h"
#include "server/auth/device_keys.h"
#include "server/auth/login_audit.h"
#include "server/auth/policy.h"
#include "server/auth/second_factor.h"
#include "server/auth/token_grant.h"
#include "server/common/clock.h"
#include "server/common/refusal.h"
#include "server/common/timefmt.h"
#include "server/crypto/device_key.h"
#include "server/crypto/token.h"
#include "server/store/settings.h"
#include "server/store/sql.h"
#include "server/store/store.h"

namespace vaultlink::server {

namespace {
// Challenges are kept a day past their end, so that a late or repeated answer hears "expired"
// or "used" rather than "unknown".
constexpr qint64 kKeepMs = qint64{24} * 3600 * 1000;

QString requireEnabled(const Settings &settings) {
    QString mode = settings.text(setting::kDeviceLogin);
    if (mode == QLatin1String(device_login::kNone))
        throw Refusal(Error::DeviceLoginDisabled,
                      QStringLiteral("this server does not take device keys for logins; log in "
                                     "with the password"));
    return mode;
}

Refusal revoked(Store &store, const DatabaseRow &database, const UserRow &user, qint64 now) {
    return Refusal(Error::DeviceRevoked,
                   QStringLiteral("this device was revoked by an administrator"),
                   {{QStringLiteral("policy"),
                     policyJson(Settings::load(store), database, user, false, now)}});
}

[[noreturn]] void refuseKeyUnknown() {
    throw Refusal(Error::DeviceKeyUnknown,
                  QStringLiteral("no device key is registered for this database, user and "
                                 "device; log in with the password"));
}
} // namespace

QByteArray deviceLoginMessage(const QString &challenge, qint64 databaseId, const QString &userName,
                              const QString &deviceId) {
    return (QStringLiteral("vaultlink-device-login-v1\n") + challenge + QLatin1Char('\n') +
            QString::number(databaseId) + QLatin1Char('\n') + userName + QLatin1Char('\n') +
            deviceId)
        .toUtf8();
}

DeviceLogin::DeviceLogin(Store &store, const Clock &clock, RandomSource &random)
    : m_store(store)
    , m_clock(clock)
    , m_random(random) {}

void DeviceLogin::registerKey(const SessionContext &session, const QByteArray &spkiDer) {
    const std::optional<QByteArray> key = checkP256PublicKey(spkiDer);
    if (!key)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("'publicKey' must be the DER SubjectPublicKeyInfo of a P-256 "
                                     "public key, in base64"),
                      {{QStringLiteral("field"), QStringLiteral("publicKey")}});
    const qint64 now = m_clock.nowMs();
    if (!putDeviceKey(m_store, session.database.id, session.device.rowId, *key, now))
        throw revoked(m_store, session.database, session.user, now);
}

void DeviceLogin::removeKey(const SessionContext &session) {
    deleteDeviceKey(m_store, session.database.id, session.device.rowId);
}

QJsonObject DeviceLogin::challenge(const DeviceChallengeRequest &request) {
    const qint64 now = m_clock.nowMs();
    const Settings settings = Settings::load(m_store);
    requireWebServices(settings);
    const DatabaseRow database = requireDatabase(m_store, request.databaseId);
    const QString mode = requireEnabled(settings);
    // Asking for a challenge is a login attempt: throttled, and counted when no key answers, so
    // that it tells no more about names and devices than a password login would.
    const LoginAttempt attempt{database.id,
                               request.userName,
                               {},
                               request.deviceId,
                               QString::fromLatin1(login_method::kDeviceKey),
                               {}};
    std::optional<UserRow> user;
    std::optional<DeviceRow> device;
    try {
        refuseWhileThrottled(m_store, settings, request.userName, now);
        user = findUserByName(m_store, request.userName);
        device = user ? findUserDevice(m_store, user->id, request.deviceId) : std::nullopt;
        if (!device || !findDeviceKey(m_store, database.id, device->rowId)) {
            countFailedLogin(m_store, request.userName, now);
            refuseKeyUnknown();
        }
    } catch (const Refusal &refusal) {
        recordLoginFailed(m_store, now, attempt, refusal); // outside a transaction, as the count
        throw;
    }
    if (!device->active)
        throw revoked(m_store, database, *user, now);

    run(m_store, QStringLiteral("DELETE FROM device_challenges WHERE expires_at <= ?"),
        {now - kKeepMs});
    const QString challenge = newToken(m_random);
    const qint64 expires = now + settings.number(setting::kDeviceChallengeSeconds) * 1000;
    run(m_store,
        QStringLiteral("INSERT INTO device_challenges(digest, database_id, device, user_name, "
                       "device_id, created_at, expires_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {tokenDigest(challenge), database.id, device->rowId, request.userName, request.deviceId,
         now, expires});
    return {{QStringLiteral("challenge"), challenge},
            {QStringLiteral("expiresAt"), isoTime(expires)},
            {QStringLiteral("replaces"), mode}};
}

DeviceLogin::Challenge DeviceLogin::spend(const QString &challenge, const QString &deviceId,
                                          qint64 now) {
    Transaction tx(m_store);
    const QByteArray digest = tokenDigest(challenge);
    QSqlQuery q = run(m_store,
                      QStringLiteral("SELECT database_id, device, user_name, device_id, "
                                     "expires_at, used_at FROM device_challenges WHERE digest = ?"),
                      {digest});
    if (!q.next())
        throw Refusal(Error::DeviceChallengeUnknown,
                      QStringLiteral("this challenge was not issued by this server; ask for a "
                                     "new one"));
    if (!q.value(5).isNull())
        throw Refusal(Error::DeviceChallengeUsed,
                      QStringLiteral("this challenge was already used; ask for a new one"));
    if (q.value(4).toLongLong() <= now)
        throw Refusal(Error::DeviceChallengeExpired,
                      QStringLiteral("this challenge has expired; ask for a new one"));
    Challenge spent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString()};
    q.finish();
    if (deviceId != spent.deviceId)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("the challenge was made for another device"),
                      {{QStringLiteral("field"), QStringLiteral("device")}});
    run(m_store, QStringLiteral("UPDATE device_challenges SET used_at = ? WHERE digest = ?"),
        {now, digest});
    tx.commit();
    return spent;
}

QJsonObject DeviceLogin::login(const DeviceLoginRequest &request) {
    const qint64 now = m_clock.nowMs();
    const Settings settings = Settings::load(m_store);
    requireWebServices(settings);
    const QString mode = requireEnabled(settings);
    const Challenge challenge = spend(request.challenge, request.deviceId, now);
    const DatabaseRow database = requireDatabase(m_store, challenge.databaseId);
    const DeviceRow known = *findDevice(m_store, challenge.deviceRowId);
    UserRow user = *findUser(m_store, known.userId);
    const LoginAttempt attempt{database.id,
                               user.name,
                               user.directoryDomain,
                               challenge.deviceId,
                               QString::fromLatin1(login_method::kDeviceKey),
                               request.address};

    // Failures are counted (and recorded) outside any transaction, so that the refusal does not
    // undo them.
    try {
        refuseWhileThrottled(m_store, settings, user.name, now);
        const std::optional<QByteArray> key = findDeviceKey(m_store, database.id, known.rowId);
        if (!key) {
            // Deleted since the challenge: removed by the device, or revoked by an administrator.
            recordFailedLogin(m_store, user.id, now);
            refuseKeyUnknown();
        }
        const QByteArray message = deviceLoginMessage(request.challenge, database.id,
                                                      challenge.userName, challenge.deviceId);
        if (!verifyEs256(*key, message, request.signature)) {
            recordFailedLogin(m_store, user.id, now);
            throw Refusal(Error::DeviceSignatureInvalid,
                          QStringLiteral("the signature does not verify with this device's key"));
        }
        if (mode == QLatin1String(device_login::kSecondFactor)) {
            if (request.password.isEmpty())
                throw Refusal(Error::InvalidRequest,
                              QStringLiteral("the device key stands in for the second factor "
                                             "only; send the password too"),
                              {{QStringLiteral("field"), QStringLiteral("password")}});
            user = verifyCredentials(m_store, settings, user.name, request.password, now,
                                     user.directoryDomain);
        }
    } catch (const Refusal &refusal) {
        recordLoginFailed(m_store, now, attempt, refusal);
        throw;
    }
    // The key proved the device; unless a second factor is still to come, the login is done.
    if (user.failedLogins > 0 && (mode != QLatin1String(device_login::kPassword) ||
                                  usableMfaMethods(m_store, user).isEmpty()))
        clearFailedLogins(m_store, user.id);

    deleteExpiredLoginState(m_store, now);
    Transaction tx(m_store);
    const DeviceRow device =
        touchDevice(m_store, user.id, database.id, challenge.deviceId, request.deviceName, now);
    checkMobileAllowed(m_store, database, user, device, now);
    if (mode == QLatin1String(device_login::kPassword) &&
        !usableMfaMethods(m_store, user).isEmpty()) {
        const Refusal second = openMfaTransaction(
            m_store, m_random, settings, user,
            {user.id, database.id, challenge.deviceId, request.deviceName, request.address}, now);
        tx.commit();
        throw second;
    }
    QJsonObject grant = startSession(m_store, m_random, settings, user, database, device, now);
    recordLogin(m_store, now, {user.id, device.rowId, database.id}, attempt);
    tx.commit();
    return grant;
}

} // namespace vaultlink::server
