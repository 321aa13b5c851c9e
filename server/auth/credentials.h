#pragma once

#include "server/directory/users.h"

namespace vaultlink::server {

class Settings;
class Store;

// Delay before the next login may be tried after `failures` consecutive failures: none for the
// free attempts, then doubling from throttle-base-ms up to throttle-max-ms.
qint64 throttleDelayMs(const Settings &settings, int failures);

// Checks user name, directory domain (directory_accounts.h; empty for a local account) and
// password, slowed down per user after repeated failures (Refusal LoginThrottled with
// "retryAfterSeconds"); a domain that does not fit counts as a wrong password. A failure is
// recorded before the refusal is thrown, so the caller must not run this inside a transaction it
// later rolls back.
UserRow verifyCredentials(Store &store, const Settings &settings, const QString &userName,
                          const QString &password, qint64 nowMs, const QString &domain = {});

// The same throttling for logins that prove themselves another way (a device key): refuses
// with LoginThrottled while the name must wait, and counts a failure for it, for a user or for
// a name that does not exist alike.
void refuseWhileThrottled(Store &store, const Settings &settings, const QString &userName,
                          qint64 nowMs);
void countFailedLogin(Store &store, const QString &userName, qint64 nowMs);

} // namespace vaultlink::server
