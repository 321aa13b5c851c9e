// The device's list of linked profiles (profiles.json in the data folder) as ProfileRegistry
// loads it at every start of the app and the command line, with the key-derivation parameters
// and the wrapped data key of each profile (KdfParams, WrappedKey). What loads is saved and
// loaded again unchanged.

#include "src/storage/profile_registry.h"
#include "tests/fuzz/fuzz_target.h"

#include <QJsonObject>

using namespace vaultlink;

VAULTLINK_FUZZ_TARGET(profile_list) {
    const QString path = fuzz::writeScratchFile(QStringLiteral("profiles.json"), data, size);
    QList<ProfileRecord> profiles;
    try {
        profiles = ProfileRegistry(path).load();
    } catch (const RegistryError &error) {
        VAULTLINK_FUZZ_CHECK(error.kind() == RegistryError::Kind::Damaged ||
                             error.kind() == RegistryError::Kind::EntryDamaged);
        return;
    }
    for (const ProfileRecord &profile : profiles)
        VAULTLINK_FUZZ_CHECK(!profile.id.isEmpty() && !profile.name.isEmpty() &&
                             !profile.serverUrl.isEmpty());

    const QString copy = fuzz::scratchFolder() + QStringLiteral("/profiles-saved.json");
    ProfileRegistry(copy).save(profiles);
    const QList<ProfileRecord> again = ProfileRegistry(copy).load();
    VAULTLINK_FUZZ_CHECK(again.size() == profiles.size());
    for (qsizetype i = 0; i < again.size(); ++i)
        VAULTLINK_FUZZ_CHECK(again[i].toJson() == profiles[i].toJson());
}
