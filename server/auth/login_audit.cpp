#include "server/auth/login_audit.h"

#include "server/auth/devices.h"
#include "server/common/refusal.h"
#include "server/directory/directory_accounts.h"

namespace vaultlink::server {

namespace {
bool failedLogin(Error error) {
    switch (error) {
    case Error::BadCredentials:
    case Error::LoginThrottled:
    case Error::MfaFailed:
    case Error::DeviceKeyUnknown:
    case Error::DeviceSignatureInvalid:
        return true;
    default:
        return false;
    }
}
} // namespace

void recordLogin(Store &store, qint64 nowMs, const EventSubject &subject,
                 const LoginAttempt &attempt) {
    QJsonObject detail{{QStringLiteral("method"), attempt.method}};
    if (!attempt.address.isEmpty())
        detail.insert(QStringLiteral("address"), attempt.address);
    recordEvent(store, nowMs, event::kLogin, subject, detail);
}

void recordLoginFailed(Store &store, qint64 nowMs, const LoginAttempt &attempt,
                       const Refusal &refusal) {
    if (!failedLogin(refusal.error()))
        return;
    // Only names and codes: what was typed as a password, PIN or code never reaches the trail.
    QJsonObject detail{{QStringLiteral("reason"), QLatin1String(errorInfo(refusal.error()).code)},
                       {QStringLiteral("method"), attempt.method}};
    const QString mfaReason = refusal.extra().value(QStringLiteral("reason")).toString();
    if (!mfaReason.isEmpty())
        detail.insert(QStringLiteral("mfaReason"), mfaReason);
    EventSubject subject{0, 0, attempt.databaseId};
    if (const auto account = findLoginAccount(store, attempt.userName, attempt.domain)) {
        subject.userId = account->user.id;
        if (const auto device = findUserDevice(store, subject.userId, attempt.deviceId))
            subject.deviceRowId = device->rowId;
    } else {
        detail.insert(QStringLiteral("name"), attempt.userName); // no such user
    }
    if (subject.deviceRowId == 0 && !attempt.deviceId.isEmpty())
        detail.insert(QStringLiteral("deviceId"), attempt.deviceId); // never logged in
    if (!attempt.address.isEmpty())
        detail.insert(QStringLiteral("address"), attempt.address);
    recordEvent(store, nowMs, event::kLoginFailed, subject, detail);
}

} // namespace vaultlink::server
