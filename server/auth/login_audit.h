#pragma once

#include "server/auth/audit_events.h"

#include <QString>

namespace vaultlink::server {

class Refusal;
class Store;

// How a login proved itself, besides the second factors' names (second_factor.h).
namespace login_method {
inline constexpr char kPassword[] = "password";
inline constexpr char kDeviceKey[] = "device-key";
} // namespace login_method

// What the audit trail keeps of logins: each whole login, and each one refused for its
// credentials, its second factor or throttling, with the method it was tried with.
struct LoginAttempt {
    qint64 databaseId = 0;
    QString userName; // as given
    QString domain;   // as given; empty for a local account
    QString deviceId; // as the device chose it
    QString method;   // a login_method, or the second factor answered
    QString address;  // the client's, where known
};

// A whole login: its session has started. Call in the transaction that starts it.
void recordLogin(Store &store, qint64 nowMs, const EventSubject &subject,
                 const LoginAttempt &attempt);

// Writes login-failed for the refusals of a failed login: bad credentials, throttling, a refused
// second factor, a missing device key or a bad signature (the ones that count towards the
// throttle). Any other refusal writes nothing. Call outside a transaction the refusal rolls back.
void recordLoginFailed(Store &store, qint64 nowMs, const LoginAttempt &attempt,
                       const Refusal &refusal);

} // namespace vaultlink::server
