#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink {

// What a device key's signature stands in for at login (docs/api.md §3, "Device-key login").
enum class DeviceLoginMode { None, Password, SecondFactor, Both };
// The wire names: "none", "password", "second-factor", "both"; nullopt for any other.
std::optional<DeviceLoginMode> deviceLoginModeNamed(const QString &name);
QString deviceLoginModeName(DeviceLoginMode mode);

// The limits the server sets for this device (docs/api.md §5).
struct Policy {
    qint64 accessTokenSeconds = 0;
    qint64 sessionTimeoutSeconds = 0;
    qint64 refreshTokenSeconds = 0;
    qint64 maxSessionSeconds = 0;
    qint64 maxOfflineSeconds = 0;
    bool mobileSyncAllowed = false;
    bool deviceActive = false;
    // A server older than these leaves them out: biometric unlock allowed, device-key login off.
    // A mode this client does not know is off too.
    bool biometricUnlockAllowed = true;
    DeviceLoginMode deviceLogin = DeviceLoginMode::None;
    // Signing out deletes the device's copy (absent from older servers: kept).
    bool wipeOnLogout = false;
    QDateTime serverTime;
    QJsonObject json; // as received, for storing

    static std::optional<Policy> fromJson(const QJsonObject &json);
};

struct ServerInfo {
    QString name;
    int apiVersion = 0;
    QStringList features;
};

struct DatabaseInfo {
    qint64 id = 0;
    QString name;
    bool mobileSync = false;
};

struct UnitInfo {
    qint64 id = 0;
    QString name;
    bool read = false;
    bool add = false;
    bool edit = false;
    bool remove = false; // the `delete` right; absent (a server before it) means none
};

// The user's own rights (docs/api.md §6).
struct UserRights {
    bool createGlobal = false;
    bool createPersonal = false;
};

struct SessionInfo {
    QString userName;
    QString displayName;
    UserRights rights;
    qint64 databaseId = 0;
    QString databaseName;
    QList<UnitInfo> units; // only from GET /session; empty in a token grant
    Policy policy;
};

struct TokenGrant {
    QString accessToken;
    QDateTime accessTokenExpiresAt;
    QString refreshToken;
    QDateTime refreshTokenExpiresAt;
    SessionInfo session;
    Policy policy;
};

// One way to answer a second-factor challenge (docs/api.md §7.3). The members of other types
// keep their defaults.
struct MfaMethod {
    QString type;   // "totp", "pin", "push", "phone-call", "fido"; others are skipped when read
    int digits = 6; // totp
    int periodSeconds = 30;   // totp
    int minLength = 4;        // pin
    int maxLength = 12;       // pin
    int approvalSeconds = 60; // push, phone-call: how long the approval may take
    QString approver;         // push: where to approve, in the server's words
    QString phone;            // phone-call: the number that rings, masked by the server
    // fido: the WebAuthn request options.
    QByteArray fidoChallenge;
    QString rpId;
    QList<QByteArray> allowCredentials;
    QString userVerification; // "required", "preferred" or "discouraged"
    int timeoutSeconds = 60;

    bool takesCode() const;     // totp, pin: the user types an answer
    bool takesApproval() const; // push, phone-call: approved elsewhere while the client waits
};

struct MfaChallenge {
    QString transaction;
    QDateTime expiresAt;
    QList<MfaMethod> methods; // only the types this client knows, in the server's order
};

// A push or phone call the server is waiting on (docs/api.md §7.4).
struct MfaApproval {
    QString id;
    QString method;
    QDateTime expiresAt;
};

// What one answer to /auth/mfa came to: the grant, or an approval still pending.
struct MfaOutcome {
    std::optional<TokenGrant> grant;
    std::optional<MfaApproval> pending;
};

// POST /auth/device-challenge: what a device signs to log in with its key.
struct DeviceChallenge {
    QString challenge; // signed as it is (docs/api.md §7.19), never decoded
    QDateTime expiresAt;
    DeviceLoginMode replaces = DeviceLoginMode::Both; // SecondFactor: the login needs the password
};

// Either a grant, or the password (or a device key standing in for it) was accepted and a second
// factor is asked for.
struct LoginOutcome {
    std::optional<TokenGrant> grant;
    std::optional<MfaChallenge> challenge;
};

// One page of GET /changes. Each record is the text of its JSON object exactly as the server sent
// it, cut out of the page but not read yet: parseFeedRecord reads one (the sync does that next to
// the mirror, which keeps the text as it came).
struct FeedPage {
    int format = 1; // 2: compact record objects (`values`, `changed`)
    QList<QByteArray> records;
    QList<qint64> removed;
    QString cursor;
    bool more = false;
    qint64 sequence = 0;
    qint64 totalCount = 0;
    QString totalDigest; // 64 lower-case hex digits
    Policy policy;
};

// A form of GET /forms (docs/api.md §6): its fields in order, `name` first and `tags` last.
struct FormField {
    QString key;
    QString type;
    QString label;
};
struct FormInfo {
    QString id;
    QString name;
    QList<FormField> fields;
};

// POST /records.
struct NewRecordRequest {
    QString form;
    std::optional<qint64> unit; // empty: a personal record
    QString clientRef;
    QJsonObject fields; // key → value (a string, or an array of strings for tags)
};

// One entry of PATCH /records/{id}.
struct FieldChange {
    QString key;
    QJsonValue value;
    qint64 baseRevision = 0;
};

// One write to a record, as ApiClient sends it (createRecord, changeRecord, deleteRecord).
struct RecordWrite {
    enum class Kind { Create, Change, Delete };
    Kind kind = Kind::Change;
    NewRecordRequest create;    // Create
    qint64 id = 0;              // Change, Delete
    QList<FieldChange> changes; // Change
    qint64 baseRevision = 0;    // Delete: the record's revision
};

struct Redemption {
    QString server;
    qint64 databaseId = 0;
    QString databaseName;
    QString userName;
    QString domain; // a directory account's; empty for a local one
};

struct DeviceIdentity {
    QString id;
    QString name;
};

} // namespace vaultlink
