#pragma once

#include "src/api/api_types.h"
#include "src/base/message.h"
#include "src/net/transport.h"

#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace vaultlink {

// Why a call to the server failed: no answer (network or TLS), a refusal the server explained
// with a problem document (docs/api.md §4; branch on code()), or an answer that does not follow
// the contract. what() holds the server's own English title and detail, for logs; message() is
// what the user is told (its key is the refusal's code, or one of the network's keys).
class ApiError : public std::runtime_error {
public:
    enum class Kind { Network, Refusal, BadAnswer };

    static ApiError network(const HttpResponse &response);
    static ApiError refusal(int status, const QJsonObject &problem);
    static ApiError badAnswer(const QString &what);

    Kind kind() const { return m_kind; }
    NetFailure netFailure() const { return m_net; }
    TlsFailure tlsFailure() const { return m_tls; }
    int status() const { return m_status; }
    QString code() const; // the problem's code, empty unless a refusal
    const QJsonObject &problem() const { return m_problem; }
    const Message &message() const { return m_message; }
    // For logs only: a library's own words behind a network failure (OpenSSL's reason), which
    // the message leaves out where it has a sentence of its own; empty for most failures.
    const QString &detail() const { return m_detail; }
    std::optional<Policy> policy() const;          // with device-revoked, mobile-sync-disabled, …
    std::optional<MfaChallenge> challenge() const; // with mfa-required
    int retryAfterSeconds() const;                 // login-throttled
    int attemptsLeft() const;                      // mfa-failed
    // With revision-conflict: the server's current field objects that conflict, and (a refused
    // deletion) the whole record as it is now. Entries that are not objects are left out.
    QList<QJsonObject> conflicts() const;
    std::optional<QJsonObject> currentRecord() const;

private:
    ApiError(Kind kind, const QString &text);
    Kind m_kind;
    Message m_message;
    QString m_detail;
    NetFailure m_net = NetFailure::None;
    TlsFailure m_tls = TlsFailure::None;
    int m_status = 0;
    QJsonObject m_problem;
};

} // namespace vaultlink
