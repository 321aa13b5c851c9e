#pragma once

#include "src/crypto/kdf.h"
#include "src/crypto/key_wrap.h"
#include "src/storage/biometric_wrap.h"

#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

namespace vaultlink {

class Random;

// What the device keeps about one linked profile outside its encrypted mirror: where it
// links to, whom it trusts, and its data key — only ever wrapped.
struct ProfileRecord {
    QString id; // random, names the mirror file
    QString name;
    QString serverUrl;
    qint64 databaseId = 0;
    QString databaseName;
    QString userName;
    QString directoryDomain; // a directory account's domain (FQDN); empty for a local account
    QString pin;             // "sha256/<base64>", or empty to trust the system store
    QString deviceId;
    KdfParams kdf;
    WrappedKey passwordWrap;                // the data key under the password-derived key
    int dataKeyVersion = 1;                 // raised whenever the data key is replaced
    std::optional<BiometricWrap> biometric; // the data key under the platform's biometric key
    QString lastSyncAt;    // RFC 3339, empty before the first complete sync; shown while locked
    QString lastMfaMethod; // the second factor last answered (offered first next time)

    QJsonObject toJson() const;
    static std::optional<ProfileRecord> fromJson(const QJsonObject &json);
};

class RegistryError : public std::runtime_error {
public:
    enum class Kind {
        Unreadable,   // detail: the system's reason
        Damaged,      // not a profile list this version understands (damaged, or newer)
        EntryDamaged, // one entry cannot be read
        Unwritable,   // detail: the system's reason
    };
    RegistryError(Kind kind, const QString &detail = {});
    Kind kind() const { return m_kind; }
    const QString &detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_detail;
};

// profiles.json in the app's data folder, replaced atomically (write, flush, rename) and
// readable by its owner only. A file that cannot be understood is reported, never overwritten
// by load().
class ProfileRegistry {
public:
    explicit ProfileRegistry(QString path);
    QList<ProfileRecord> load() const; // empty when there is no file yet
    void save(const QList<ProfileRecord> &profiles) const;

private:
    QString m_path;
};

// A fresh random data key, wrapped under the key derived from the password. The wrap's
// associated data names the profile, so a wrap copied to another profile does not open.
struct NewProfileKeys {
    SecureBuffer dataKey;
    WrappedKey wrap;
};
NewProfileKeys createProfileKeys(const SecureBuffer &password, const QString &profileId,
                                 const KdfParams &kdf, Random &random);
// `dataKey` wrapped under the key derived from the password with `kdf` (for a profile whose KDF
// changes; the same associated data as createProfileKeys).
WrappedKey wrapDataKey(const SecureBuffer &password, const QString &profileId,
                       const SecureBuffer &dataKey, const KdfParams &kdf, Random &random);
// The data key, or nullopt when the password is wrong (the wrap's tag says so, before any
// attempt to open the mirror).
std::optional<SecureBuffer> unlockDataKey(const SecureBuffer &password,
                                          const ProfileRecord &profile);

} // namespace vaultlink
