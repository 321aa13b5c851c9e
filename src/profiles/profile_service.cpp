#include "src/profiles/profile_service.h"

#include "src/api/api_client.h"
#include "src/base/message_catalog.h"
#include "src/crypto/clock.h"
#include "src/crypto/kdf.h"
#include "src/crypto/random.h"
#include "src/linking/link_payload.h"
#include "src/profiles/failure.h"
#include "src/profiles/installation.h"
#include "src/profiles/mirror_token_store.h"
#include "src/storage/private_files.h"
#include "src/sync/session.h"

#include <QFile>
#include <QLockFile>

#include <algorithm>

namespace vaultlink {

namespace {
void checkProfileName(const QString &name, const QList<ProfileRecord> &existing) {
    const QString code = QStringLiteral("profile-name");
    if (name.trimmed().isEmpty() || name.size() > 64)
        throw Failure(Failure::Kind::Usage, code, Message(msg::ProfileNameLength));
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            throw Failure(Failure::Kind::Usage, code, Message(msg::ProfileNameControl));
    for (const ProfileRecord &profile : existing)
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            throw Failure(Failure::Kind::Usage, msg::ProfileExists, {profile.name});
}

Failure unknownProfile(const QString &name) {
    return {Failure::Kind::Usage, msg::ProfileUnknown, {name}};
}

TrustPolicy trustFor(const QString &pin) {
    return pin.isEmpty() ? TrustPolicy::systemStore() : TrustPolicy::pinned(pin);
}
} // namespace

ProfileService::ProfileService(QString dataDir, Environment env)
    : m_dataDir(std::move(dataDir))
    , m_env(std::move(env))
    , m_registry(m_dataDir + QStringLiteral("/profiles.json")) {}

QList<ProfileRecord> ProfileService::profiles() const {
    return m_registry.load();
}

std::optional<ProfileRecord> ProfileService::find(const QString &name) const {
    for (const ProfileRecord &profile : m_registry.load())
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    return std::nullopt;
}

std::unique_ptr<ApiClient> ProfileService::api(const QUrl &server, const QString &pin,
                                               std::unique_ptr<Transport> &transport) {
    transport = m_env.transport(trustFor(pin));
    Backoff::Limits limits;
    limits.callBudget = m_env.callBudget;
    return std::make_unique<ApiClient>(server, *transport, m_env.random, m_env.sleeper, limits);
}

QList<DatabaseInfo> ProfileService::databases(const QUrl &server, const QString &pin) {
    std::unique_ptr<Transport> transport;
    return api(server, pin, transport)->databases();
}

LinkTarget ProfileService::redeem(const LinkPayload &payload) {
    std::unique_ptr<Transport> transport;
    const Redemption answer = api(payload.server, payload.pin, transport)->redeem(payload.token);
    if (answer.databaseId != payload.databaseId ||
        answer.userName.compare(payload.userName, Qt::CaseInsensitive) != 0)
        throw Failure(Failure::Kind::LinkCode, msg::LinkCodeMismatch);
    // The code brought us here with its pin; the address stays the one that was verified.
    return {payload.server,      payload.pin,     answer.databaseId,
            answer.databaseName, answer.userName, answer.domain};
}

TokenGrant ProfileService::login(ApiClient &api, ProfileRecord &profile, const SignIn &signIn,
                                 SyncOutcome &outcome) {
    const ProfileRecord current = find(profile.name).value_or(profile);
    LoginNotes notes;
    try {
        TokenGrant grant = logIn(api, current, m_env.deviceName, signIn, notes);
        outcome.deviceLogin = notes.byDeviceKey;
        if (!notes.notice.isEmpty())
            outcome.notice = notes.notice;
        forgetDeviceKeyIf(notes.deviceKeyLost, current);
        if (!notes.mfaMethod.isEmpty() && notes.mfaMethod != current.lastMfaMethod) {
            profile.lastMfaMethod = notes.mfaMethod;
            QList<ProfileRecord> all = m_registry.load();
            for (ProfileRecord &entry : all)
                if (entry.id == current.id && !current.id.isEmpty())
                    entry.lastMfaMethod = notes.mfaMethod;
            m_registry.save(all);
        }
        return grant;
    } catch (...) {
        forgetDeviceKeyIf(notes.deviceKeyLost, current);
        throw;
    }
}

void ProfileService::forgetDeviceKeyIf(bool lost, const ProfileRecord &profile) {
    if (!lost || !profile.biometric)
        return;
    BiometricWrap wrap = *profile.biometric;
    wrap.deviceKeyRegistered = false;
    setBiometricWrap(profile.id, wrap);
}

MirrorFiles ProfileService::filesFor(const QString &profileId, const SecureBuffer &key) const {
    const QString base = m_dataDir + QStringLiteral("/mirrors/") + profileId;
    return {base + QStringLiteral(".db"), base + QStringLiteral(".resync.db"),
            [&key](const QString &path) { return Mirror::open(path, key); }};
}

void ProfileService::saveProfile(const ProfileRecord &profile) {
    QList<ProfileRecord> all = m_registry.load();
    all.append(profile);
    m_registry.save(all);
}

ProfileService::Linked ProfileService::link(const LinkTarget &target, const QString &profileName,
                                            const SecureBuffer &password, const OtpPrompt &otp,
                                            const SyncProgressFn &progress) {
    CodeOnlyUi codeOnly(otp);
    return link(target, profileName, password, &codeOnly, progress);
}

ProfileService::Linked ProfileService::link(const LinkTarget &target, const QString &profileName,
                                            const SecureBuffer &password, SecondFactorUi *mfa,
                                            const SyncProgressFn &progress) {
    // Owner-only whatever the umask or the mode of a data folder that was already there.
    makePrivateFolder(m_dataDir);
    makePrivateFolder(m_dataDir + QStringLiteral("/mirrors"));
    checkProfileName(profileName, m_registry.load());

    std::unique_ptr<Transport> transport;
    std::unique_ptr<ApiClient> client = api(target.server, target.pin, transport);
    ProfileRecord profile;
    profile.name = profileName.trimmed();
    profile.serverUrl = target.server.toString();
    profile.pin = target.pin;
    profile.userName = target.userName;
    profile.directoryDomain = target.domain;
    profile.databaseId = target.databaseId;
    profile.databaseName = target.databaseName;
    if (profile.databaseId == 0) {
        for (const DatabaseInfo &db : client->databases())
            if (db.name.compare(target.databaseName.trimmed(), Qt::CaseInsensitive) == 0)
                profile.databaseId = db.id, profile.databaseName = db.name;
        if (profile.databaseId == 0)
            throw Failure(Failure::Kind::Usage, QStringLiteral("database-unknown"),
                          Message(msg::DatabaseNotOnServer, {target.databaseName}));
    }
    profile.deviceId = installationDeviceId(m_dataDir, m_env.random);
    SyncOutcome loginOutcome;
    const TokenGrant grant = login(*client, profile, SignIn{password, {}, {}, mfa}, loginOutcome);
    profile.databaseName = grant.session.databaseName;
    profile.userName = grant.session.userName;

    profile.id = QString::fromLatin1(m_env.random.bytes(12).toHex());
    profile.kdf = calibrateKdf(m_env.random, m_env.kdfTarget);
    NewProfileKeys keys = createProfileKeys(password, profile.id, profile.kdf, m_env.random);
    profile.passwordWrap = keys.wrap;

    auto open = std::make_unique<OpenProfile>();
    open->record = profile;
    open->dataKey = std::move(keys.dataKey);
    open->files = filesFor(profile.id, open->dataKey);
    open->mirror = open->files.open(open->files.path);
    MirrorTokenStore(open->mirror).storeGrant(grant);
    // Registered before the first sync, so that the next sync resumes an interrupted first one.
    saveProfile(profile);

    Linked linked{profile, {}};
    try {
        linked.sync = sync(*open, SignIn{password, {}, {}, mfa}, progress);
        linked.profile.lastSyncAt = open->record.lastSyncAt;
    } catch (const std::exception &error) {
        const Failure failure = explain(error);
        if (!find(profile.name))
            throw;
        throw Failure(failure.kind(), failure.code(),
                      Message(msg::FirstSyncIncomplete, {profile.name}, failure.message()));
    }
    return linked;
}

std::unique_ptr<OpenProfile> ProfileService::unlock(const QString &name,
                                                    const SecureBuffer &password) {
    const std::optional<ProfileRecord> profile = find(name);
    if (!profile)
        throw unknownProfile(name);
    std::optional<SecureBuffer> key = unlockDataKey(password, *profile);
    if (!key)
        throw Failure(Failure::Kind::Authentication, msg::WrongPassword, {profile->name});
    rewrapLeaner(*profile, password, *key);
    return unlockWithKey(profile->name, std::move(*key));
}

void ProfileService::rewrapLeaner(const ProfileRecord &profile, const SecureBuffer &password,
                                  const SecureBuffer &dataKey) {
    const std::optional<KdfParams> lean = leanerKdf(profile.kdf, m_env.random);
    if (!lean)
        return;
    const WrappedKey wrap = wrapDataKey(password, profile.id, dataKey, *lean, m_env.random);
    try {
        QList<ProfileRecord> all = m_registry.load();
        for (ProfileRecord &entry : all)
            if (entry.id == profile.id && entry.kdf.salt == profile.kdf.salt)
                entry.kdf = *lean, entry.passwordWrap = wrap;
        m_registry.save(all);
    } catch (const RegistryError &) {
        // Unlocking matters more than the smaller wrap; the old one still opens the profile.
    }
}

void ProfileService::setBiometricWrap(const QString &profileId,
                                      const std::optional<BiometricWrap> &wrap) {
    QList<ProfileRecord> all = m_registry.load();
    for (ProfileRecord &entry : all)
        if (entry.id == profileId)
            entry.biometric = wrap;
    m_registry.save(all);
}

std::unique_ptr<OpenProfile> ProfileService::unlockWithKey(const QString &name,
                                                           SecureBuffer dataKey) {
    const std::optional<ProfileRecord> profile = find(name);
    if (!profile)
        throw unknownProfile(name);
    auto open = std::make_unique<OpenProfile>();
    open->record = *profile;
    open->dataKey = std::move(dataKey);
    open->files = filesFor(profile->id, open->dataKey);
    if (!QFile::exists(open->files.path))
        throw Failure(Failure::Kind::LocalData, msg::MirrorMissing, {profile->name});
    open->mirror = open->files.open(open->files.path);
    return open;
}

void ProfileService::forget(const QString &profileId, QLockFile *held) {
    QList<ProfileRecord> all = m_registry.load();
    all.removeIf([&](const ProfileRecord &p) { return p.id == profileId; });
    // The wrapped data key goes first: without it the mirror's bytes can never be decrypted,
    // whatever a file system keeps of them.
    m_registry.save(all);
    const QString base = m_dataDir + QStringLiteral("/mirrors/") + profileId;
    for (const QString &suffix :
         {QStringLiteral(".db"), QStringLiteral(".db-journal"), QStringLiteral(".db-wal"),
          QStringLiteral(".db-shm"), QStringLiteral(".resync.db"),
          QStringLiteral(".resync.db-journal"), QStringLiteral(".resync.db-wal"),
          QStringLiteral(".resync.db-shm")})
        QFile::remove(base + suffix);
    if (held)
        held->unlock();
    else
        QFile::remove(base + QStringLiteral(".db.lock")); // left by a process that crashed
}

Message ProfileService::unlink(std::unique_ptr<OpenProfile> profile) {
    Message notice;
    try {
        std::unique_ptr<Transport> transport;
        std::unique_ptr<ApiClient> client =
            api(QUrl(profile->record.serverUrl), profile->record.pin, transport);
        MirrorTokenStore store(profile->mirror);
        ServerSession session(*client, store, m_env.clock);
        if (session.canResume())
            session.logout();
    } catch (const std::exception &error) {
        notice = Message(msg::ServerNotTold, {}, explain(error).message());
    }
    const QString id = profile->record.id;
    profile->mirror.reset();
    forget(id);
    return notice;
}

ProfileService::SignedOut ProfileService::signOut(std::unique_ptr<OpenProfile> profile) {
    SignedOut result;
    const std::optional<Policy> policy = storedPolicy(*profile->mirror);
    result.wiped = policy && policy->wipeOnLogout;
    if (result.wiped) {
        result.notice = unlink(std::move(profile));
        return result;
    }
    MirrorTokenStore store(profile->mirror);
    try {
        std::unique_ptr<Transport> transport;
        std::unique_ptr<ApiClient> client =
            api(QUrl(profile->record.serverUrl), profile->record.pin, transport);
        ServerSession session(*client, store, m_env.clock);
        if (session.canResume())
            session.logout();
    } catch (const std::exception &error) {
        result.notice = Message(msg::ServerNotTold, {}, explain(error).message());
    }
    store.forgetTokens(); // also when the server could not be told: signed out here
    return result;
}

void ProfileService::rename(const QString &name, const QString &newName) {
    QList<ProfileRecord> all = m_registry.load();
    const auto found = std::find_if(all.begin(), all.end(), [&](const ProfileRecord &p) {
        return p.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (found == all.end())
        throw unknownProfile(name);
    QList<ProfileRecord> others = all;
    others.removeAt(found - all.begin());
    checkProfileName(newName, others);
    found->name = newName.trimmed();
    m_registry.save(all);
}

void ProfileService::remove(const QString &name) {
    const std::optional<ProfileRecord> profile = find(name);
    if (!profile)
        throw unknownProfile(name);
    forget(profile->id);
}

void ProfileService::noteSynced(ProfileRecord &profile, const QString &at) {
    // Shown on the profile list while the profile is locked; the mirror keeps its own copy.
    profile.lastSyncAt = at;
    QList<ProfileRecord> all = m_registry.load();
    for (ProfileRecord &entry : all)
        if (entry.id == profile.id)
            entry.lastSyncAt = at;
    m_registry.save(all);
}

std::unique_ptr<OpenProfile> ProfileService::companion(const OpenProfile &profile) const {
    auto other = std::make_unique<OpenProfile>();
    other->record = profile.record;
    other->dataKey = SecureBuffer::copyOf(profile.dataKey.view());
    other->files = filesFor(other->record.id, other->dataKey);
    other->mirror = other->files.open(other->files.path);
    return other;
}

} // namespace vaultlink
