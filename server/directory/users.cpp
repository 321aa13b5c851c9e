#include "server/directory/users.h"

#include "server/common/random.h"
#include "server/common/refusal.h"
#include "server/store/sql.h"

#include <QRegularExpression>

namespace vaultlink::server {

namespace {
QString columns() {
    return QStringLiteral(
        "id, name, display_name, password_hash, totp_secret, totp_last_step, can_mobile, "
        "can_create_global, can_create_personal, failed_logins, last_failed_at, mfa_methods, "
        "pin_hash, phone, directory_domain");
}

UserRow readRow(const QSqlQuery &q) {
    UserRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.displayName = q.value(2).toString();
    row.passwordHash = q.value(3).toString();
    row.totpSecret = q.value(4).toByteArray();
    row.totpLastStep = q.value(5).toLongLong();
    row.rights = {q.value(6).toBool(), q.value(7).toBool(), q.value(8).toBool()};
    row.failedLogins = q.value(9).toInt();
    row.lastFailedAt = q.value(10).toLongLong();
    row.mfaMethods = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    row.pinHash = q.value(12).toString();
    row.phone = q.value(13).toString();
    row.directoryDomain = q.value(14).toString();
    return row;
}

// NULL for a local account; a domain is kept in lower case, as DNS compares names.
QVariant domainValue(const QString &domain) {
    const QString fqdn = domain.trimmed().toLower();
    if (fqdn.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    static const QRegularExpression valid(QStringLiteral(
        "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"));
    if (fqdn.size() > 253 || !valid.match(fqdn).hasMatch())
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("'%1' is not a fully-qualified domain name").arg(domain));
    return fqdn;
}

std::optional<UserRow> findWhere(Store &store, const QString &where, const QVariant &value) {
    QSqlQuery q =
        run(store, QStringLiteral("SELECT %1 FROM users WHERE %2").arg(columns(), where), {value});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}
} // namespace

qint64 addUser(Store &store, RandomSource &random, const NewUser &user, qint64 nowMs,
               ScryptCost cost) {
    if (user.name.trimmed().isEmpty() || user.password.isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("a user needs a name and a password"));
    if (findUserByName(store, user.name))
        throw Refusal(Error::NameTaken, QStringLiteral("a user named '%1' exists").arg(user.name));
    const QString display = user.displayName.isEmpty() ? user.name : user.displayName;
    QSqlQuery q =
        run(store,
            QStringLiteral("INSERT INTO users(name, display_name, password_hash, "
                           "can_mobile, can_create_global, can_create_personal, "
                           "created_at, directory_domain) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {user.name.trimmed(), display, hashPassword(user.password, random, cost),
             user.rights.canSyncMobile, user.rights.canCreateGlobal, user.rights.canCreatePersonal,
             nowMs, domainValue(user.directoryDomain)});
    return q.lastInsertId().toLongLong();
}

std::optional<UserRow> findUser(Store &store, qint64 id) {
    return findWhere(store, QStringLiteral("id = ?"), id);
}

std::optional<UserRow> findUserByName(Store &store, const QString &name) {
    return findWhere(store, QStringLiteral("name = ?"), name.trimmed());
}

UserRow requireUserByName(Store &store, const QString &name) {
    if (auto row = findUserByName(store, name))
        return *row;
    throw Refusal(Error::InvalidRequest, QStringLiteral("there is no user named '%1'").arg(name));
}

void setPassword(Store &store, RandomSource &random, qint64 userId, const QString &password,
                 ScryptCost cost) {
    if (password.isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("the password must not be empty"));
    run(store, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
        {hashPassword(password, random, cost), userId});
}

void setRights(Store &store, qint64 userId, const UserRights &rights) {
    run(store,
        QStringLiteral("UPDATE users SET can_mobile = ?, can_create_global = ?, "
                       "can_create_personal = ? WHERE id = ?"),
        {rights.canSyncMobile, rights.canCreateGlobal, rights.canCreatePersonal, userId});
}

void setDisplayName(Store &store, qint64 userId, const QString &displayName) {
    run(store, QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"),
        {displayName, userId});
}

QByteArray enableTotp(Store &store, RandomSource &random, qint64 userId) {
    QByteArray secret = random.bytes(20);
    run(store, QStringLiteral("UPDATE users SET totp_secret = ?, totp_last_step = 0 WHERE id = ?"),
        {secret, userId});
    addMfaMethod(store, userId, QStringLiteral("totp"));
    return secret;
}

void disableTotp(Store &store, qint64 userId) {
    run(store, QStringLiteral("UPDATE users SET totp_secret = NULL WHERE id = ?"), {userId});
    removeMfaMethod(store, userId, QStringLiteral("totp"));
}

void setTotpLastStep(Store &store, qint64 userId, qint64 step) {
    run(store, QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ?"), {step, userId});
}

void setPin(Store &store, RandomSource &random, qint64 userId, const QString &pin,
            ScryptCost cost) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (!digits.match(pin).hasMatch())
        throw Refusal(Error::InvalidRequest, QStringLiteral("a PIN is 4 to 12 digits"));
    run(store, QStringLiteral("UPDATE users SET pin_hash = ? WHERE id = ?"),
        {hashPassword(pin, random, cost), userId});
    addMfaMethod(store, userId, QStringLiteral("pin"));
}

void clearPin(Store &store, qint64 userId) {
    run(store, QStringLiteral("UPDATE users SET pin_hash = NULL WHERE id = ?"), {userId});
    removeMfaMethod(store, userId, QStringLiteral("pin"));
}

void setPhone(Store &store, qint64 userId, const QString &phone) {
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9 ()-]{4,24}$"));
    if (!phone.isEmpty() && !number.match(phone).hasMatch())
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("'%1' is not a telephone number").arg(phone));
    run(store, QStringLiteral("UPDATE users SET phone = ? WHERE id = ?"),
        {phone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(phone), userId});
    if (phone.isEmpty())
        removeMfaMethod(store, userId, QStringLiteral("phone-call"));
    else
        addMfaMethod(store, userId, QStringLiteral("phone-call"));
}

void setDirectoryDomain(Store &store, qint64 userId, const QString &domain) {
    run(store, QStringLiteral("UPDATE users SET directory_domain = ? WHERE id = ?"),
        {domainValue(domain), userId});
}

void setMfaMethods(Store &store, qint64 userId, const QStringList &methods) {
    // An empty list joins to a null QString, which Qt SQL binds as NULL: the column says ''.
    const QString joined = methods.join(QLatin1Char(','));
    run(store, QStringLiteral("UPDATE users SET mfa_methods = ? WHERE id = ?"),
        {joined.isNull() ? QStringLiteral("") : joined, userId});
}

void addMfaMethod(Store &store, qint64 userId, const QString &method) {
    QStringList methods = findUser(store, userId)->mfaMethods;
    if (!methods.contains(method))
        setMfaMethods(store, userId, methods << method);
}

void removeMfaMethod(Store &store, qint64 userId, const QString &method) {
    QStringList methods = findUser(store, userId)->mfaMethods;
    if (methods.removeAll(method) > 0)
        setMfaMethods(store, userId, methods);
}

void recordFailedLogin(Store &store, qint64 userId, qint64 nowMs) {
    run(store,
        QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = ? "
                       "WHERE id = ?"),
        {nowMs, userId});
}

void clearFailedLogins(Store &store, qint64 userId) {
    run(store, QStringLiteral("UPDATE users SET failed_logins = 0 WHERE id = ?"), {userId});
}

QJsonObject rightsJson(const UserRights &rights) {
    return {{QStringLiteral("canSyncMobile"), rights.canSyncMobile},
            {QStringLiteral("canCreateGlobal"), rights.canCreateGlobal},
            {QStringLiteral("canCreatePersonal"), rights.canCreatePersonal}};
}

} // namespace vaultlink::server
