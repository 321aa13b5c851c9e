#include "server/auth/second_factor.h"

#include "server/auth/credentials.h"
#include "server/auth/fido_credentials.h"
#include "server/common/random.h"
#include "server/common/timefmt.h"
#include "server/crypto/password_hash.h"
#include "server/crypto/token.h"
#include "server/crypto/totp.h"
#include "server/crypto/webauthn.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "server/store/sql.h"

#include <QJsonArray>

namespace vaultlink::server {

namespace {
constexpr int kMaxMfaAttempts = 5;
constexpr int kFidoChallengeBytes = 32;
constexpr int kFidoTimeoutSeconds = 60;

QString base64url(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject methodEntry(Store &store, const Settings &settings, const UserRow &user,
                        const QString &method, const QByteArray &fidoChallenge) {
    QJsonObject entry{{QStringLiteral("type"), method}};
    if (method == QLatin1String(mfa::kTotp)) {
        entry.insert(QStringLiteral("digits"), 6);
        entry.insert(QStringLiteral("periodSeconds"), 30);
    } else if (method == QLatin1String(mfa::kPin)) {
        entry.insert(QStringLiteral("minLength"), 4);
        entry.insert(QStringLiteral("maxLength"), 12);
    } else if (method == QLatin1String(mfa::kPush) || method == QLatin1String(mfa::kPhoneCall)) {
        entry.insert(QStringLiteral("approvalSeconds"),
                     settings.number(setting::kMfaApprovalSeconds));
        if (method == QLatin1String(mfa::kPhoneCall))
            entry.insert(QStringLiteral("phone"), maskedPhone(user.phone));
        else
            entry.insert(
                QStringLiteral("approver"),
                QStringLiteral("the Account page of %1").arg(settings.text(setting::kServerName)));
    } else if (method == QLatin1String(mfa::kFido)) {
        QJsonArray allow;
        for (const FidoCredentialRow &credential : fidoCredentials(store, user.id))
            allow.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                     {QStringLiteral("id"), base64url(credential.credentialId)}});
        entry.insert(QStringLiteral("challenge"), base64url(fidoChallenge));
        entry.insert(QStringLiteral("rpId"), settings.text(setting::kFidoRpId));
        entry.insert(QStringLiteral("allowCredentials"), allow);
        entry.insert(QStringLiteral("userVerification"),
                     settings.text(setting::kFidoUserVerification));
        entry.insert(QStringLiteral("timeoutSeconds"), kFidoTimeoutSeconds);
    }
    return entry;
}

QJsonObject challengeMembers(Store &store, const Settings &settings, const UserRow &user,
                             const MfaTransactionRow &row) {
    QJsonArray methods;
    for (const QString &method : usableMfaMethods(store, user))
        methods.append(methodEntry(store, settings, user, method, row.fidoChallenge));
    return {{QStringLiteral("transaction"), row.transaction},
            {QStringLiteral("expiresAt"), isoTime(row.expiresAt)},
            {QStringLiteral("methods"), methods}};
}

QStringList fidoOrigins(const Settings &settings) {
    QStringList origins =
        settings.text(setting::kFidoOrigins).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    origins.prepend(QStringLiteral("https://") + settings.text(setting::kFidoRpId));
    return origins;
}

// A wrong answer: counted, and the fifth closes the transaction.
Refusal failAttempt(Store &store, MfaTransactionRow &row, const QString &reason,
                    const QString &detail) {
    ++row.attempts;
    if (row.attempts >= kMaxMfaAttempts)
        closeMfaTransaction(store, row.digest);
    else
        run(store, QStringLiteral("UPDATE login_transactions SET attempts = ? WHERE digest = ?"),
            {row.attempts, row.digest});
    return Refusal(Error::MfaFailed,
                   row.attempts >= kMaxMfaAttempts
                       ? detail + QStringLiteral("; too many tries, log in again")
                       : detail,
                   {{QStringLiteral("attemptsLeft"), kMaxMfaAttempts - row.attempts},
                    {QStringLiteral("reason"), reason}});
}

// An approval that ended without a yes, not counted as a wrong answer.
Refusal approvalEnded(const MfaTransactionRow &row, const QString &reason, const QString &detail) {
    return Refusal(Error::MfaFailed, detail,
                   {{QStringLiteral("attemptsLeft"), kMaxMfaAttempts - row.attempts},
                    {QStringLiteral("reason"), reason}});
}

std::optional<Refusal> checkTotp(Store &store, MfaTransactionRow &row, const UserRow &user,
                                 const QJsonObject &response, qint64 now) {
    const qint64 step = totpMatch(
        user.totpSecret, response.value(QStringLiteral("code")).toString(), now, user.totpLastStep);
    if (step < 0)
        return failAttempt(store, row, QStringLiteral("wrong-answer"),
                           QStringLiteral("the code is wrong or was already used"));
    setTotpLastStep(store, user.id, step);
    return std::nullopt;
}

// Throttled like a password: a PIN has few digits, so it is the guessable part of a login.
std::optional<Refusal> checkPin(Store &store, const Settings &settings, MfaTransactionRow &row,
                                const UserRow &user, const QJsonObject &response, qint64 now) {
    try {
        refuseWhileThrottled(store, settings, user.name, now);
    } catch (const Refusal &throttled) {
        return throttled; // returned like a wrong answer, so that the caller keeps its record
    }
    if (!verifyPassword(response.value(QStringLiteral("pin")).toString(), user.pinHash)) {
        recordFailedLogin(store, user.id, now);
        return failAttempt(store, row, QStringLiteral("wrong-answer"),
                           QStringLiteral("the PIN is wrong"));
    }
    return std::nullopt;
}

struct ApprovalRow {
    qint64 id = 0;
    QString method;
    QString state;
    qint64 expiresAt = 0;
};

std::optional<ApprovalRow> findApproval(Store &store, const QByteArray &digest) {
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT id, method, state, expires_at FROM mfa_approvals "
                                     "WHERE transaction_digest = ?"),
                      {digest});
    if (!q.next())
        return std::nullopt;
    return ApprovalRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong()};
}

void deleteApproval(Store &store, qint64 id) {
    run(store, QStringLiteral("DELETE FROM mfa_approvals WHERE id = ?"), {id});
}

Refusal stillPending(Store &store, const Settings &settings, const MfaTransactionRow &row,
                     const UserRow &user, const ApprovalRow &approval) {
    QJsonObject extras = challengeMembers(store, settings, user, row);
    extras.insert(QStringLiteral("approval"),
                  QJsonObject{{QStringLiteral("id"), QString::number(approval.id)},
                              {QStringLiteral("method"), approval.method},
                              {QStringLiteral("state"), QStringLiteral("pending")},
                              {QStringLiteral("expiresAt"), isoTime(approval.expiresAt)}});
    return Refusal(Error::MfaRequired,
                   approval.method == QLatin1String(mfa::kPush)
                       ? QStringLiteral("waiting for the sign-in to be approved")
                       : QStringLiteral("waiting for the call to be answered"),
                   extras);
}

// Push and phone call (docs/api.md §7.4): {} starts an approval (replacing one the transaction
// had), {"approval": id} asks how it stands, {"approval": id, "cancel": true} withdraws it.
std::optional<Refusal> checkApproval(Store &store, const Settings &settings, MfaTransactionRow &row,
                                     const UserRow &user, const QString &method,
                                     const QJsonObject &response, qint64 now) {
    std::optional<ApprovalRow> approval = findApproval(store, row.digest);
    const QString wanted = response.value(QStringLiteral("approval")).toString();
    if (wanted.isEmpty()) {
        if (approval)
            deleteApproval(store, approval->id);
        const qint64 expires = now + settings.number(setting::kMfaApprovalSeconds) * 1000;
        const QSqlQuery q = run(
            store,
            QStringLiteral("INSERT INTO mfa_approvals(transaction_digest, user_id, method, state, "
                           "device_name, address, created_at, expires_at) "
                           "VALUES(?, ?, ?, 'pending', ?, ?, ?, ?)"),
            {row.digest, user.id, method, row.login.deviceName + QStringLiteral(""),
             row.login.address + QStringLiteral(""), now, expires}); // never NULL
        return stillPending(
            store, settings, row, user,
            {q.lastInsertId().toLongLong(), method, QStringLiteral("pending"), expires});
    }
    if (!approval || QString::number(approval->id) != wanted || approval->method != method)
        return approvalEnded(row, QStringLiteral("cancelled"),
                             QStringLiteral("this approval was replaced or withdrawn"));
    if (response.value(QStringLiteral("cancel")).toBool()) {
        // Marked rather than deleted, so that a long poll waiting on it hears the same.
        run(store, QStringLiteral("UPDATE mfa_approvals SET state = 'cancelled' WHERE id = ?"),
            {approval->id});
        return approvalEnded(row, QStringLiteral("cancelled"),
                             QStringLiteral("the sign-in was cancelled"));
    }
    if (approval->state == QLatin1String("pending") && now < approval->expiresAt)
        return stillPending(store, settings, row, user, *approval);
    deleteApproval(store, approval->id);
    if (approval->state == QLatin1String("approved"))
        return std::nullopt;
    if (approval->state == QLatin1String("denied"))
        return failAttempt(store, row, QStringLiteral("denied"),
                           QStringLiteral("the sign-in was denied"));
    if (approval->state == QLatin1String("cancelled"))
        return approvalEnded(row, QStringLiteral("cancelled"),
                             QStringLiteral("the sign-in was cancelled"));
    return approvalEnded(row, QStringLiteral("expired"),
                         QStringLiteral("nobody answered in time; try again"));
}

QByteArray base64urlMember(const QJsonObject &response, const char *key) {
    const QJsonValue value = response.value(QLatin1String(key));
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded || decoded.decoded.isEmpty())
        throw Refusal(
            Error::InvalidRequest,
            QStringLiteral("response.%1 must be base64url").arg(QLatin1String(key)),
            {{QStringLiteral("field"), QStringLiteral("response.%1").arg(QLatin1String(key))}});
    return decoded.decoded;
}

std::optional<Refusal> checkFido(Store &store, const Settings &settings, MfaTransactionRow &row,
                                 const UserRow &user, const QJsonObject &response, qint64 now) {
    const QByteArray credentialId = base64urlMember(response, "credentialId");
    const FidoAssertion assertion{base64urlMember(response, "clientDataJSON"),
                                  base64urlMember(response, "authenticatorData"),
                                  base64urlMember(response, "signature")};
    const std::optional<FidoCredentialRow> credential =
        findFidoCredential(store, user.id, credentialId);
    if (!credential)
        return failAttempt(store, row, QStringLiteral("unknown-credential"),
                           QStringLiteral("this security key is not registered for the user"));
    const std::optional<FidoAlgorithm> algorithm = fidoAlgorithmNamed(credential->algorithm);
    const AssertionVerdict verdict = verifyAssertion(
        {algorithm.value_or(FidoAlgorithm::Es256), credential->publicKey, credential->signCount},
        {row.fidoChallenge, settings.text(setting::kFidoRpId), fidoOrigins(settings),
         settings.text(setting::kFidoUserVerification) == QLatin1String("required")},
        assertion);
    if (verdict.fault != AssertionFault::None)
        return failAttempt(store, row, assertionFaultCode(verdict.fault),
                           QStringLiteral("the security key's answer was refused (%1)")
                               .arg(assertionFaultCode(verdict.fault)));
    recordFidoUse(store, credential->id, verdict.signCount, now);
    return std::nullopt;
}
} // namespace

QString maskedPhone(const QString &phone) {
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += c;
    return QStringLiteral("••• ") + digits.right(2);
}

const QStringList &mfaMethodNames() {
    static const QStringList names = {
        QString::fromLatin1(mfa::kTotp), QString::fromLatin1(mfa::kPin),
        QString::fromLatin1(mfa::kPush), QString::fromLatin1(mfa::kPhoneCall),
        QString::fromLatin1(mfa::kFido)};
    return names;
}

bool mfaMethodSetUp(Store &store, const UserRow &user, const QString &method) {
    if (method == QLatin1String(mfa::kTotp))
        return !user.totpSecret.isEmpty();
    if (method == QLatin1String(mfa::kPin))
        return !user.pinHash.isEmpty();
    if (method == QLatin1String(mfa::kPush))
        return true;
    if (method == QLatin1String(mfa::kPhoneCall))
        return !user.phone.isEmpty();
    if (method == QLatin1String(mfa::kFido))
        return !fidoCredentials(store, user.id).isEmpty();
    return false;
}

QStringList usableMfaMethods(Store &store, const UserRow &user) {
    QStringList usable;
    for (const QString &method : user.mfaMethods)
        if (mfaMethodSetUp(store, user, method))
            usable.append(method);
    return usable;
}

Refusal openMfaTransaction(Store &store, RandomSource &random, const Settings &settings,
                           const UserRow &user, const MfaLogin &login, qint64 nowMs) {
    MfaTransactionRow row;
    row.transaction = newToken(random);
    row.digest = tokenDigest(row.transaction);
    row.login = login;
    row.expiresAt = nowMs + settings.number(setting::kMfaSeconds) * 1000;
    // A fresh challenge per login, so that no assertion works twice.
    if (usableMfaMethods(store, user).contains(QLatin1String(mfa::kFido)))
        row.fidoChallenge = random.bytes(kFidoChallengeBytes);
    run(store,
        QStringLiteral("INSERT INTO login_transactions(digest, user_id, database_id, device_id, "
                       "device_name, expires_at, fido_challenge, address) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.digest, login.userId, login.databaseId, login.deviceId, login.deviceName,
         row.expiresAt, row.fidoChallenge.isEmpty() ? QVariant() : QVariant(row.fidoChallenge),
         login.address.isNull() ? QStringLiteral("") : login.address}); // null binds as NULL
    return Refusal(Error::MfaRequired,
                   QStringLiteral("a second factor is needed: %1")
                       .arg(usableMfaMethods(store, user).join(QStringLiteral(", "))),
                   challengeMembers(store, settings, user, row));
}

std::optional<MfaTransactionRow> findMfaTransaction(Store &store, const QString &transaction,
                                                    qint64 nowMs) {
    MfaTransactionRow row;
    row.transaction = transaction;
    row.digest = tokenDigest(transaction);
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT user_id, database_id, device_id, device_name, "
                                     "expires_at, attempts, fido_challenge, address FROM "
                                     "login_transactions WHERE digest = ?"),
                      {row.digest});
    if (!q.next() || q.value(4).toLongLong() <= nowMs)
        return std::nullopt;
    row.login = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                 q.value(3).toString(), q.value(7).toString()};
    row.expiresAt = q.value(4).toLongLong();
    row.attempts = q.value(5).toInt();
    row.fidoChallenge = q.value(6).toByteArray();
    return row;
}

void closeMfaTransaction(Store &store, const QByteArray &digest) {
    run(store, QStringLiteral("DELETE FROM mfa_approvals WHERE transaction_digest = ?"), {digest});
    run(store, QStringLiteral("DELETE FROM login_transactions WHERE digest = ?"), {digest});
}

std::optional<Refusal> checkMfaAnswer(Store &store, const Settings &settings,
                                      MfaTransactionRow &row, const UserRow &user,
                                      const QString &method, const QJsonObject &response,
                                      qint64 nowMs) {
    if (method == QLatin1String(mfa::kTotp))
        return checkTotp(store, row, user, response, nowMs);
    if (method == QLatin1String(mfa::kPin))
        return checkPin(store, settings, row, user, response, nowMs);
    if (method == QLatin1String(mfa::kPush) || method == QLatin1String(mfa::kPhoneCall))
        return checkApproval(store, settings, row, user, method, response, nowMs);
    if (method == QLatin1String(mfa::kFido))
        return checkFido(store, settings, row, user, response, nowMs);
    throw Refusal(Error::InvalidRequest,
                  QStringLiteral("method '%1' was not offered for this login").arg(method));
}

QList<MfaApproval> pendingApprovals(Store &store, qint64 userId, qint64 nowMs) {
    QSqlQuery q = run(store,
                      QStringLiteral("SELECT a.id, a.user_id, u.name, a.method, a.device_name, "
                                     "a.address, a.created_at, a.expires_at FROM mfa_approvals a "
                                     "JOIN users u ON u.id = a.user_id WHERE a.state = 'pending' "
                                     "AND a.expires_at > ? AND (? = 0 OR a.user_id = ?) "
                                     "ORDER BY a.id"),
                      {nowMs, userId, userId});
    QList<MfaApproval> approvals;
    while (q.next())
        approvals.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toLongLong(), q.value(7).toLongLong()});
    return approvals;
}

bool decideApproval(Store &store, qint64 approvalId, qint64 userId, const QString &method,
                    bool approve, qint64 nowMs) {
    const QSqlQuery q = run(
        store,
        QStringLiteral("UPDATE mfa_approvals SET state = ? WHERE id = ? AND method = ? AND state "
                       "= 'pending' AND expires_at > ? AND (? = 0 OR user_id = ?)"),
        {approve ? QStringLiteral("approved") : QStringLiteral("denied"), approvalId, method, nowMs,
         userId, userId});
    return q.numRowsAffected() > 0;
}

} // namespace vaultlink::server
