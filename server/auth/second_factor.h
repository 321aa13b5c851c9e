#pragma once

#include "server/common/refusal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vaultlink::server {

class RandomSource;
class Settings;
class Store;
struct UserRow;

// Second-factor methods, named as in docs/api.md §7.3.
namespace mfa {
inline constexpr char kTotp[] = "totp";
inline constexpr char kPin[] = "pin";
inline constexpr char kPush[] = "push";
inline constexpr char kPhoneCall[] = "phone-call";
inline constexpr char kFido[] = "fido";
} // namespace mfa
const QStringList &mfaMethodNames();

// "+49 170 1234567" → "••• 67": enough for the user to know which phone rings, and no more.
QString maskedPhone(const QString &phone);

// Whether the method is set up for the user: a TOTP secret, a PIN, a phone number, a registered
// security key; push needs nothing (the Account page approves).
bool mfaMethodSetUp(Store &store, const UserRow &user, const QString &method);
// What a login of this user may be answered with: the administrator's order, set-up methods
// only. Empty: the user has no second factor.
QStringList usableMfaMethods(Store &store, const UserRow &user);

struct MfaLogin {
    qint64 userId = 0;
    qint64 databaseId = 0;
    QString deviceId;
    QString deviceName;
    QString address; // where the login came from, shown with a push or a call
};

// The second step of a login whose user has a second factor (docs/api.md §7.3): a transaction
// that /auth/mfa answers. Call inside the login's transaction; commit it, then throw the
// mfa-required refusal this returns, which carries the challenge.
Refusal openMfaTransaction(Store &store, RandomSource &random, const Settings &settings,
                           const UserRow &user, const MfaLogin &login, qint64 nowMs);

// An open login transaction, as /auth/mfa finds it.
struct MfaTransactionRow {
    QString transaction;
    QByteArray digest;
    MfaLogin login;
    qint64 expiresAt = 0;
    int attempts = 0;
    QByteArray fidoChallenge;
};
std::optional<MfaTransactionRow> findMfaTransaction(Store &store, const QString &transaction,
                                                    qint64 nowMs);
void closeMfaTransaction(Store &store, const QByteArray &digest);

// Checks one answer of the transaction (docs/api.md §7.4): nothing when the method accepts it,
// otherwise the refusal to throw once the caller has committed what the check wrote (counted
// failures, a started or decided approval). A throttled PIN is refused with LoginThrottled.
std::optional<Refusal> checkMfaAnswer(Store &store, const Settings &settings,
                                      MfaTransactionRow &row, const UserRow &user,
                                      const QString &method, const QJsonObject &response,
                                      qint64 nowMs);

// Push and phone-call approvals, for the stand-ins of the approving device: the Account page,
// its phone page and the admin command line.
struct MfaApproval {
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    QString method;
    QString deviceName;
    QString address;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};
// The approvals still waiting for an answer (of one user, or of everyone for 0).
QList<MfaApproval> pendingApprovals(Store &store, qint64 userId, qint64 nowMs);
// Approves or denies a pending approval of that method (of that user, unless 0); false when
// there is no such pending approval (answered, cancelled, expired or never there).
bool decideApproval(Store &store, qint64 approvalId, qint64 userId, const QString &method,
                    bool approve, qint64 nowMs);

} // namespace vaultlink::server
