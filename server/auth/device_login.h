#pragma once

#include "server/auth/sessions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vaultlink::server {

class Clock;
class RandomSource;
class Store;

struct DeviceChallengeRequest {
    qint64 databaseId = 0;
    QString userName; // as sent: the signed message repeats it byte for byte
    QString deviceId;
};

struct DeviceLoginRequest {
    QString challenge;
    QByteArray signature; // DER ECDSA-SHA256
    QString deviceId;
    QString deviceName;
    QString password; // empty: none sent
    QString address;  // the client's, shown when a push or a call asks to approve
};

// The text a device signs to log in (docs/api.md "The signed message"), as UTF-8.
QByteArray deviceLoginMessage(const QString &challenge, qint64 databaseId, const QString &userName,
                              const QString &deviceId);

// Device-key login: a phone registers the public half of a key it keeps behind biometrics, and
// later proves it holds the private half by signing a single-use challenge. The signature stands
// in for the password, the second factor or both, as the setting device-login says.
class DeviceLogin {
public:
    DeviceLogin(Store &store, const Clock &clock, RandomSource &random);

    // The key of the session's user and device for the session's database: the DER
    // SubjectPublicKeyInfo of a P-256 key (InvalidRequest naming "publicKey" otherwise).
    void registerKey(const SessionContext &session, const QByteArray &spkiDer);
    void removeKey(const SessionContext &session);

    QJsonObject challenge(const DeviceChallengeRequest &request);
    // A token grant, or (the signature standing in for the password only, for a user with a
    // second factor) Refusal MfaRequired with a transaction for /auth/mfa, as /auth/login.
    QJsonObject login(const DeviceLoginRequest &request);

private:
    struct Challenge {
        qint64 databaseId = 0;
        qint64 deviceRowId = 0;
        QString userName;
        QString deviceId;
    };
    // Uses the challenge up, whatever the login then comes to.
    Challenge spend(const QString &challenge, const QString &deviceId, qint64 now);

    Store &m_store;
    const Clock &m_clock;
    RandomSource &m_random;
};

} // namespace vaultlink::server
