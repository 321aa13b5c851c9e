#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vaultlink {

// A profile's data key sealed by the platform's biometric key store
// (platform/biometric_key_store.h), as the profile list keeps it beside the password's wrap.
// Nothing in it is secret without the platform's key, which needs the user's biometrics. The
// sealed bytes are bound (AES-GCM associated data, biometricAad) to the profile, its server,
// database and user and to the data key's version, so a wrap copied into another profile, or left
// from an older data key, never opens.
struct BiometricWrap {
    QString alias;                    // the platform's name for the profile's keys
    QByteArray sealed;                // nonce, ciphertext and tag, as the store made them
    int dataKeyVersion = 1;           // ProfileRecord::dataKeyVersion when sealed
    QByteArray deviceKey;             // the device-login public key (DER SPKI)
    bool deviceKeyRegistered = false; // the server has deviceKey for this device
    QString enabledAt;                // RFC 3339

    QJsonObject toJson() const;
    // Empty for anything this version did not write: a missing or malformed member, sealed bytes
    // shorter than a nonce and a tag, a version below 1.
    static std::optional<BiometricWrap> fromJson(const QJsonObject &json);
};

// The associated data a profile's biometric wrap is sealed with.
QByteArray biometricAad(const QString &profileId, const QString &serverUrl, qint64 databaseId,
                        const QString &userName, int dataKeyVersion);

// The platform key alias for a profile: one per profile, never reused by another.
QString biometricAlias(const QString &profileId);

} // namespace vaultlink
