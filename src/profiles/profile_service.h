#pragma once

#include "src/api/api_types.h"
#include "src/crypto/secure_buffer.h"
#include "src/profiles/environment.h"
#include "src/profiles/session_login.h"
#include "src/storage/mirror.h"
#include "src/storage/profile_registry.h"
#include "src/sync/pusher.h"
#include "src/sync/syncer.h"

#include <QUrl>

class QLockFile;

#include <functional>
#include <memory>
#include <optional>

namespace vaultlink {

class ApiClient;
class RecordEditor;
struct LinkPayload;

// Where a new profile links to: typed by hand, or read from a link code.
struct LinkTarget {
    QUrl server;
    QString pin;           // empty: trust the system's certificate store
    qint64 databaseId = 0; // 0: look databaseName up
    QString databaseName;
    QString userName;
    QString domain; // a directory account's domain; empty for a local account
};

// A profile whose data key was unwrapped with the user's password.
struct OpenProfile {
    ProfileRecord record;
    SecureBuffer dataKey;
    std::unique_ptr<Mirror> mirror;
    MirrorFiles files;
};

struct SyncOutcome {
    PushReport push; // what this device had changed, sent first
    SyncReport report;
    bool loggedIn = false;    // the stored session could not be resumed; a new login started one
    bool deviceLogin = false; // that login was the device key's (biometrics), not the password's
    Message notice;           // something the user should know (e.g. why a new login was needed)
    // The server forbids biometric unlock: the profile's wrap was dropped and the server's copy
    // of the device key deleted; the front end forgets the platform's keys (BiometricUnlock).
    bool biometricsRemoved = false;
    // For the change-notice channel the open app keeps (docs/api.md §10): the session's access
    // token after the sync, and the database's sequence the mirror has reached.
    QString accessToken;
    qint64 sequence = 0;
};

// How much of the server's offline limit is left (ProfileService::checkOfflineLimit).
struct OfflineAllowance {
    qint64 limitSeconds = 0;
    qint64 leftSeconds = 0;
    bool warn = false;
    static bool warnAt(qint64 limitSeconds, qint64 leftSeconds);
};

// What a user does with profiles, for every front end: link a device (by hand or by QR code),
// unlock, synchronize, read offline, unlink. Profiles live side by side in one data folder:
// profiles.json (the registry, wrapped keys only) and one encrypted mirror each.
class ProfileService {
public:
    ProfileService(QString dataDir, Environment env);

    QList<ProfileRecord> profiles() const;
    std::optional<ProfileRecord> find(const QString &name) const;

    QList<DatabaseInfo> databases(const QUrl &server, const QString &pin);
    // Spends the link code's token and fills in the target from the server's answer.
    LinkTarget redeem(const LinkPayload &payload);

    struct Linked {
        ProfileRecord profile;
        SyncOutcome sync;
    };
    // `mfa` answers a second-factor challenge (null: none can be answered); the OtpPrompt form
    // answers code methods only.
    Linked link(const LinkTarget &target, const QString &profileName, const SecureBuffer &password,
                SecondFactorUi *mfa, const SyncProgressFn &progress = {});
    Linked link(const LinkTarget &target, const QString &profileName, const SecureBuffer &password,
                const OtpPrompt &otp, const SyncProgressFn &progress = {});

    // A profile whose password wrap needs more memory than the default KDF's (made before the
    // default became 32 MiB) is wrapped again, with the same work in less memory, on the way.
    std::unique_ptr<OpenProfile> unlock(const QString &name, const SecureBuffer &password);
    // The same with the data key biometric unlock gave (BiometricUnlock, src/biometrics): no KDF.
    std::unique_ptr<OpenProfile> unlockWithKey(const QString &name, SecureBuffer dataKey);
    // Stores the profile's biometric wrap in the profile list, or drops it (nullopt). The caller
    // makes or forgets the platform's keys (BiometricUnlock).
    void setBiometricWrap(const QString &profileId, const std::optional<BiometricWrap> &wrap);
    // A second handle on an unlocked profile, with its own copy of the key and its own
    // connection to the mirror: a sync on another thread uses it (and may replace its mirror)
    // while the first one keeps serving reads; reopen the first one afterwards.
    std::unique_ptr<OpenProfile> companion(const OpenProfile &profile) const;
    // A session the server ended is started again as logIn() says (src/profiles/session_login.h):
    // with the password, or after a biometric unlock (no password) with the device key.
    SyncOutcome sync(OpenProfile &profile, const SignIn &signIn,
                     const SyncProgressFn &progress = {}, bool repair = false);
    SyncOutcome sync(OpenProfile &profile, const SecureBuffer &password, const OtpPrompt &otp,
                     const SyncProgressFn &progress = {}, bool repair = false) {
        return sync(profile, SignIn{password, otp, {}}, progress, repair);
    }
    // Refuses reading a mirror that has been out of contact longer than the server allows, time
    // offline counted so that setting the clock back gains nothing (OfflineClock). Each call is a
    // reading of the clock, noted in the mirror: call it at every unlock for reading and every
    // read (after reading, before showing anything, so that a read failing on a damaged file
    // leaves the file as it was).
    // When the server sets a limit: how much of it is left, and whether to warn — once less
    // than a quarter of it is left, or less than a day (half of a limit of two days or less).
    std::optional<OfflineAllowance> checkOfflineLimit(OpenProfile &profile) const;
    // Writing records on the profile (RecordEditor), offline as well; a write is a use of the
    // vault like a read, so the offline limit is checked first.
    std::unique_ptr<RecordEditor> editor(OpenProfile &profile) const;
    // Ends the server session when the server can be reached, then deletes the mirror and the
    // wrapped key. Returns a notice when the server could not be told (server-not-told).
    Message unlink(std::unique_ptr<OpenProfile> profile);
    struct SignedOut {
        bool wiped = false; // the server's policy (wipeOnLogout) had the copy deleted
        Message notice;     // server-not-told, when it could not be reached
    };
    // Ends the server session (the tokens are forgotten here either way) and, as the policy of
    // the last contact says, deletes the copy like unlink() or keeps it: readable offline within
    // the offline limit, and the next sync signs in again with the password.
    SignedOut signOut(std::unique_ptr<OpenProfile> profile);
    // Without the password: the profile's name changes; or its mirror and wrapped key are
    // deleted here (the server's session for this device then ends on its own).
    void rename(const QString &name, const QString &newName);
    void remove(const QString &name);

    QString dataDir() const { return m_dataDir; }

private:
    // The data key wrapped again under leanerKdf(); the old wrap stays when the list cannot be
    // written (the next unlock tries again).
    void rewrapLeaner(const ProfileRecord &profile, const SecureBuffer &password,
                      const SecureBuffer &dataKey);
    // The device-login key follows the profile's biometric wrap: registered with the server once
    // biometrics are on, deleted there with the wrap when the policy forbids biometric unlock.
    // Answers whether the wrap was dropped.
    bool settleBiometrics(ApiClient &client, ServerSession &session, ProfileRecord &record,
                          const Policy &policy);
    std::unique_ptr<ApiClient> api(const QUrl &server, const QString &pin,
                                   std::unique_ptr<Transport> &transport);
    // logIn() with the profile as the list has it now (biometrics may have been turned on since
    // the unlock); a key the server refused is registered again at the next sync.
    // Also notes the second factor answered in `profile` (and in the list, once registered).
    TokenGrant login(ApiClient &api, ProfileRecord &profile, const SignIn &signIn,
                     SyncOutcome &outcome);
    // The server no longer takes the registered device key: the next sync registers it again.
    void forgetDeviceKeyIf(bool lost, const ProfileRecord &profile);
    MirrorFiles filesFor(const QString &profileId, const SecureBuffer &key) const;
    // The registry entry and the mirror's files; the sync's lock file last, released through
    // `held` when this process holds it (removed under a held QLockFile, Qt warns on release).
    void forget(const QString &profileId, QLockFile *held = nullptr);
    void saveProfile(const ProfileRecord &profile);
    void noteSynced(ProfileRecord &profile, const QString &at);

    QString m_dataDir;
    Environment m_env;
    ProfileRegistry m_registry;
};

} // namespace vaultlink
