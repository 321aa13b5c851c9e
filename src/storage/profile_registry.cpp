#include "src/storage/profile_registry.h"

#include "src/crypto/random.h"
#include "src/storage/private_files.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace vaultlink {

namespace {
constexpr int kFormat = 1;

QByteArray wrapContext(const QString &profileId) {
    return QByteArrayLiteral("vaultlink data key v1 profile ") + profileId.toUtf8();
}
} // namespace

QJsonObject ProfileRecord::toJson() const {
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("serverUrl"), serverUrl},
                     {QStringLiteral("databaseId"), databaseId},
                     {QStringLiteral("databaseName"), databaseName},
                     {QStringLiteral("userName"), userName},
                     {QStringLiteral("pin"), pin},
                     {QStringLiteral("deviceId"), deviceId},
                     {QStringLiteral("kdf"), kdf.toJson()},
                     {QStringLiteral("passwordWrap"), passwordWrap.toJson()}};
    if (!lastSyncAt.isEmpty())
        json.insert(QStringLiteral("lastSyncAt"), lastSyncAt);
    if (!directoryDomain.isEmpty())
        json.insert(QStringLiteral("directoryDomain"), directoryDomain);
    if (!lastMfaMethod.isEmpty())
        json.insert(QStringLiteral("lastMfaMethod"), lastMfaMethod);
    if (dataKeyVersion != 1)
        json.insert(QStringLiteral("dataKeyVersion"), dataKeyVersion);
    if (biometric)
        json.insert(QStringLiteral("biometric"), biometric->toJson());
    return json;
}

std::optional<ProfileRecord> ProfileRecord::fromJson(const QJsonObject &json) {
    ProfileRecord p;
    p.id = json.value(QStringLiteral("id")).toString();
    p.name = json.value(QStringLiteral("name")).toString();
    p.serverUrl = json.value(QStringLiteral("serverUrl")).toString();
    p.databaseId = json.value(QStringLiteral("databaseId")).toInteger();
    p.databaseName = json.value(QStringLiteral("databaseName")).toString();
    p.userName = json.value(QStringLiteral("userName")).toString();
    p.pin = json.value(QStringLiteral("pin")).toString();
    p.deviceId = json.value(QStringLiteral("deviceId")).toString();
    p.lastSyncAt = json.value(QStringLiteral("lastSyncAt")).toString();
    p.directoryDomain = json.value(QStringLiteral("directoryDomain")).toString();
    p.lastMfaMethod = json.value(QStringLiteral("lastMfaMethod")).toString();
    const auto kdf = KdfParams::fromJson(json.value(QStringLiteral("kdf")).toObject());
    const auto wrap = WrappedKey::fromJson(json.value(QStringLiteral("passwordWrap")).toObject());
    if (p.id.isEmpty() || p.name.isEmpty() || p.serverUrl.isEmpty() || !kdf || !wrap)
        return std::nullopt;
    if (json.contains(QLatin1String("dataKeyVersion"))) {
        const QJsonValue version = json.value(QLatin1String("dataKeyVersion"));
        if (!version.isDouble() || version.toInteger() < 1 || version.toInteger() > 1'000'000)
            return std::nullopt;
        p.dataKeyVersion = static_cast<int>(version.toInteger());
    }
    // A biometric wrap that does not read is dropped, not the profile: the password still
    // unlocks it, and biometrics can be turned on again.
    if (json.value(QLatin1String("biometric")).isObject())
        p.biometric = BiometricWrap::fromJson(json.value(QLatin1String("biometric")).toObject());
    p.kdf = *kdf;
    p.passwordWrap = *wrap;
    return p;
}

RegistryError::RegistryError(Kind kind, const QString &detail)
    : std::runtime_error("profile list: " + detail.toStdString())
    , m_kind(kind)
    , m_detail(detail) {}

ProfileRegistry::ProfileRegistry(QString path)
    : m_path(std::move(path)) {}

QList<ProfileRecord> ProfileRegistry::load() const {
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        throw RegistryError(RegistryError::Kind::Unreadable, file.errorString());
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toInt() != kFormat)
        throw RegistryError(RegistryError::Kind::Damaged);
    QList<ProfileRecord> profiles;
    for (const QJsonValue entry : root.value(QStringLiteral("profiles")).toArray()) {
        const auto profile = ProfileRecord::fromJson(entry.toObject());
        if (!profile)
            throw RegistryError(RegistryError::Kind::EntryDamaged);
        profiles.append(*profile);
    }
    return profiles;
}

void ProfileRegistry::save(const QList<ProfileRecord> &profiles) const {
    QJsonArray list;
    for (const ProfileRecord &profile : profiles)
        list.append(profile.toJson());
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                                       {QStringLiteral("profiles"), list}})
                                 .toJson(QJsonDocument::Indented);
    if (const QString failed = writePrivateFile(m_path, bytes); !failed.isEmpty())
        throw RegistryError(RegistryError::Kind::Unwritable, failed);
}

NewProfileKeys createProfileKeys(const SecureBuffer &password, const QString &profileId,
                                 const KdfParams &kdf, Random &random) {
    NewProfileKeys keys{random.secret(32), {}};
    keys.wrap = wrapDataKey(password, profileId, keys.dataKey, kdf, random);
    return keys;
}

WrappedKey wrapDataKey(const SecureBuffer &password, const QString &profileId,
                       const SecureBuffer &dataKey, const KdfParams &kdf, Random &random) {
    const SecureBuffer kek = deriveKey(password, kdf);
    return wrapKey(kek, dataKey, wrapContext(profileId), random);
}

std::optional<SecureBuffer> unlockDataKey(const SecureBuffer &password,
                                          const ProfileRecord &profile) {
    const SecureBuffer kek = deriveKey(password, profile.kdf);
    return unwrapKey(kek, profile.passwordWrap, wrapContext(profile.id));
}

} // namespace vaultlink
