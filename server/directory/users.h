#pragma once

#include "server/crypto/password_hash.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vaultlink::server {

class RandomSource;
class Store;

// The user rights the mobile product cares about (names as the seed product has them).
struct UserRights {
    bool canSyncMobile = true;     // "can synchronize with mobile devices"
    bool canCreateGlobal = false;  // "can create new passwords"
    bool canCreatePersonal = true; // "can create personal records"
};

struct UserRow {
    qint64 id = 0;
    QString name;
    QString displayName;
    QString passwordHash;
    QByteArray totpSecret; // empty: no TOTP
    qint64 totpLastStep = 0;
    QStringList mfaMethods;  // as the administrator ordered them, set up or not (second_factor.h)
    QString pinHash;         // empty: no PIN
    QString phone;           // empty: no phone for calls
    QString directoryDomain; // empty: a local account
    UserRights rights;
    int failedLogins = 0;
    qint64 lastFailedAt = 0;
};

struct NewUser {
    QString name;
    QString displayName;
    QString password;
    UserRights rights;
    QString directoryDomain; // empty: a local account
};

qint64 addUser(Store &store, RandomSource &random, const NewUser &user, qint64 nowMs,
               ScryptCost cost = {});
std::optional<UserRow> findUser(Store &store, qint64 id);
std::optional<UserRow> findUserByName(Store &store, const QString &name);
UserRow requireUserByName(Store &store, const QString &name); // Refusal(InvalidRequest)

void setPassword(Store &store, RandomSource &random, qint64 userId, const QString &password,
                 ScryptCost cost = {});
void setRights(Store &store, qint64 userId, const UserRights &rights);
void setDisplayName(Store &store, qint64 userId, const QString &displayName);
// Returns the new secret (20 random bytes, as RFC 4226 recommends).
QByteArray enableTotp(Store &store, RandomSource &random, qint64 userId);
void disableTotp(Store &store, qint64 userId);
void setTotpLastStep(Store &store, qint64 userId, qint64 step);
// A PIN of 4 to 12 digits (InvalidRequest otherwise), kept as a scrypt hash like a password.
void setPin(Store &store, RandomSource &random, qint64 userId, const QString &pin,
            ScryptCost cost = {});
void clearPin(Store &store, qint64 userId);
void setPhone(Store &store, qint64 userId, const QString &phone);            // empty: none
void setDirectoryDomain(Store &store, qint64 userId, const QString &domain); // empty: local
void setMfaMethods(Store &store, qint64 userId, const QStringList &methods);
// A method set up for the first time goes last in the order; one taken away leaves it.
void addMfaMethod(Store &store, qint64 userId, const QString &method);
void removeMfaMethod(Store &store, qint64 userId, const QString &method);
void recordFailedLogin(Store &store, qint64 userId, qint64 nowMs);
void clearFailedLogins(Store &store, qint64 userId);

QJsonObject rightsJson(const UserRights &rights);

} // namespace vaultlink::server
