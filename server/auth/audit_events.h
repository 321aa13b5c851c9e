#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vaultlink::server {

class Store;

// The administrators' audit trail: what happened to whom, on which device and database
// (docs/server.md "events"). An event is written in the transaction of what it reports, so a
// refusal that rolls its request back takes its event along; refusals worth keeping (a failed
// login) are written outside it, as the failure count is.
namespace event {
inline constexpr char kDeviceLinked[] = "device-linked";
inline constexpr char kLogin[] = "login";
inline constexpr char kLoginFailed[] = "login-failed";
inline constexpr char kLogout[] = "logout";
inline constexpr char kTokenReused[] = "token-reused";
inline constexpr char kDeviceRevoked[] = "device-revoked";
inline constexpr char kDeviceActivated[] = "device-activated";
inline constexpr char kWipeOrdered[] = "wipe-ordered";
inline constexpr char kSessionExpired[] = "session-expired";
} // namespace event

// The rows an event is about, 0 for none: a user, a device row (devices.id, one user's) and a
// database.
struct EventSubject {
    qint64 userId = 0;
    qint64 deviceRowId = 0;
    qint64 databaseId = 0;
};

// The detail never holds a password, PIN, code, token or key: only what an administrator may
// read.
void recordEvent(Store &store, qint64 nowMs, const char *kind, const EventSubject &subject,
                 const QJsonObject &detail = {});

struct EventFilter {
    QString userName; // empty: every user's (and events of no user)
    QString deviceId; // as the device chose it, as `device list` shows it; empty: any
    qint64 sinceMs = 0;
    int limit = 200; // the newest ones
};

struct EventRow {
    qint64 id = 0;
    qint64 at = 0;
    QString kind;
    QString userName;   // empty: none
    QString deviceId;   // empty: none
    QString deviceName; // its name now
    QString databaseName;
    QJsonObject detail;
};

// Oldest first, at most filter.limit of the newest that match.
QList<EventRow> listEvents(Store &store, const EventFilter &filter);

// Forgets events older than the setting event-retention-days; returns how many.
int deleteOldEvents(Store &store, qint64 nowMs);

} // namespace vaultlink::server
