#pragma once

#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace vaultlink::server {

// Every way the server can say no. Each has a stable wire code (docs/api.md) and HTTP status.
enum class Error {
    MalformedJson,
    InvalidRequest,
    RequestTooLarge,
    UnsupportedMediaType,
    NotFound,
    MethodNotAllowed,
    WebServicesDisabled,
    DatabaseUnknown,
    MobileSyncDisabled,
    MobileRightMissing,
    BadCredentials,
    LoginThrottled,
    MfaRequired,
    MfaFailed,
    MfaTransactionUnknown,
    AuthRequired,
    TokenInvalid,
    TokenExpired,
    TokenReused,
    SessionExpired,
    DeviceRevoked,
    Forbidden,
    RecordUnknown,
    RevisionConflict,
    CursorUnknown,
    LinkCodeUnknown,
    LinkCodeExpired,
    LinkCodeUsed,
    DeviceLoginDisabled,
    DeviceKeyUnknown,
    DeviceChallengeUnknown,
    DeviceChallengeUsed,
    DeviceChallengeExpired,
    DeviceSignatureInvalid,
    NameTaken,
    Internal,
};

struct ErrorInfo {
    const char *code;
    int status;
    const char *title;
};

const ErrorInfo &errorInfo(Error error);

// Thrown by the domain layer; the HTTP layer turns it into application/problem+json and the
// admin command line into a message. Throwing inside a transaction rolls the transaction back.
class Refusal : public std::runtime_error {
public:
    Refusal(Error error, QString detail, QJsonObject extra = {});

    Error error() const { return m_error; }
    const QString &detail() const { return m_detail; }
    const QJsonObject &extra() const { return m_extra; }

private:
    Error m_error;
    QString m_detail;
    QJsonObject m_extra;
};

} // namespace vaultlink::server
