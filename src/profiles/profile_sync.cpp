#include "src/api/api_client.h"
#include "src/base/message_catalog.h"
#include "src/crypto/clock.h"
#include "src/profiles/failure.h"
#include "src/profiles/mirror_token_store.h"
#include "src/profiles/offline_clock.h"
#include "src/profiles/profile_service.h"
#include "src/profiles/record_editor.h"
#include "src/sync/pusher.h"
#include "src/sync/session.h"
#include "src/sync/syncer.h"

#include <QJsonDocument>
#include <QLockFile>
#include <QUuid>

#include <algorithm>

namespace vaultlink {

namespace {
// Refusals after which the stored session is gone but the password may start a new one.
bool needsLogin(const ApiError &error) {
    static const QStringList codes = {
        QStringLiteral("token-invalid"), QStringLiteral("token-expired"),
        QStringLiteral("token-reused"), QStringLiteral("session-expired"),
        QStringLiteral("auth-required")};
    return error.kind() == ApiError::Kind::Refusal && codes.contains(error.code());
}

// Why the server ended the session, when it says (docs/api.md: session-expired's reason).
Message sessionEnded(const ApiError &error) {
    const QJsonObject &problem = error.problem();
    const QString reason = problem.value(QLatin1String("reason")).toString();
    const auto seconds = [&](const char *member) {
        return QString::number(problem.value(QLatin1String(member)).toInteger());
    };
    if (reason == QLatin1String("idle") && problem.value(QLatin1String("idleSeconds")).isDouble())
        return Message(msg::SessionEndedIdle, {seconds("idleSeconds")});
    if (reason == QLatin1String("max-age") &&
        problem.value(QLatin1String("maxSessionSeconds")).isDouble())
        return Message(msg::SessionEndedAge, {seconds("maxSessionSeconds")});
    return {};
}

QString timeText(const QDateTime &time) {
    return time.toString(Qt::ISODateWithMs);
}

void storeUnits(Mirror &mirror, const SessionInfo &session) {
    QList<StoredUnit> units;
    for (const UnitInfo &unit : session.units)
        if (unit.read)
            units.append({unit.id, unit.name, unit.add, unit.edit, unit.remove});
    mirror.setUnits(units);
}
} // namespace

SyncOutcome ProfileService::sync(OpenProfile &profile, const SignIn &signIn,
                                 const SyncProgressFn &progress, bool repair) {
    // One sync per profile at a time: two would spend the same refresh token (and the server
    // would end the session as stolen) or write the mirror together.
    QLockFile lock(profile.files.path + QStringLiteral(".lock"));
    if (!lock.tryLock(static_cast<int>(m_env.lockWait.count())))
        throw Failure(Failure::Kind::LocalData, msg::ProfileBusy, {profile.record.name});
    // The other process may have replaced the file (full resync): read the current one. Opened
    // before the old connection closes, so that the same file stays held by this process (and a
    // page check done on it still counts: OpenFile).
    profile.mirror = profile.files.open(profile.files.path);

    std::unique_ptr<Transport> transport;
    std::unique_ptr<ApiClient> client =
        api(QUrl(profile.record.serverUrl), profile.record.pin, transport);
    MirrorTokenStore store(profile.mirror);
    ServerSession session(*client, store, m_env.clock);
    Syncer syncer(session, *client);
    syncer.setCarriedValues(mirror_keys::carried());
    Pusher pusher(session, *client,
                  [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); });

    SyncOutcome outcome;
    const auto runOnce = [&] {
        if (!session.canResume()) {
            session.adopt(login(*client, profile.record, signIn, outcome));
            outcome.loggedIn = true;
        }
        // What this device changed goes first, so that the feed then brings it back settled.
        outcome.push = pusher.push(*profile.mirror, progress);
        // Forms change only with the server's version: asked for once, and again on repair.
        // Before the feed: the mirror reads records of feed format 2 with them.
        QList<FormInfo> forms = WritePermissions::load(*profile.mirror).forms;
        if (forms.isEmpty() || repair)
            forms = session.run([&](const QString &token) { return client->forms(token); });
        profile.mirror->setForms(formLayouts(forms));
        outcome.report = repair ? syncer.repair(profile.mirror, profile.files, progress)
                                : syncer.sync(profile.mirror, profile.files, progress);
        const SessionInfo info =
            session.run([&](const QString &token) { return client->session(token); });
        storeUnits(*profile.mirror, info);
        profile.mirror->setValues(WritePermissions::values(info.rights, forms));
        outcome.biometricsRemoved =
            settleBiometrics(*client, session, profile.record, outcome.report.policy);
        outcome.accessToken = session.accessToken();
        outcome.sequence = profile.mirror->syncState().sequence;
    };
    try {
        try {
            runOnce();
        } catch (const ApiError &error) {
            if (!needsLogin(error) || outcome.loggedIn)
                throw;
            if (error.code() == QLatin1String("token-reused"))
                outcome.notice = Message(msg::SessionReplaced);
            if (error.code() == QLatin1String("session-expired"))
                outcome.notice = sessionEnded(error);
            store.forgetTokens();
            try {
                runOnce();
            } catch (const Failure &failure) {
                // Signing in again needs the user (the password after a biometric unlock): the
                // session's end is said first, as the reason to sign in.
                if (outcome.notice.isEmpty() || failure.kind() != Failure::Kind::Authentication)
                    throw;
                throw Failure(
                    failure.kind(), failure.code(),
                    Message(outcome.notice.key(), outcome.notice.args(), failure.message()),
                    failure.logDetail());
            }
        }
    } catch (const ApiError &error) {
        if (error.code() == QLatin1String("device-revoked")) {
            // The administrator's word: this device must not keep the passwords.
            const QString id = profile.record.id;
            profile.mirror.reset();
            forget(id, &lock);
        } else if (const std::optional<Policy> policy = error.policy()) {
            profile.mirror->setValues(
                {{QLatin1String(mirror_keys::policy),
                  QString::fromUtf8(QJsonDocument(policy->json).toJson(QJsonDocument::Compact))}});
        }
        throw;
    }
    const QDateTime contact = m_env.clock.now();
    const QString now = timeText(contact);
    // The offline count starts again with this contact, in the same transaction.
    QList<QPair<QString, QString>> values = OfflineClock::restartedAt(contact);
    values.append(
        {{QLatin1String(mirror_keys::lastContactAt), now},
         {QLatin1String(mirror_keys::lastSyncAt), now},
         {QLatin1String(mirror_keys::policy),
          QString::fromUtf8(
              QJsonDocument(outcome.report.policy.json).toJson(QJsonDocument::Compact))}});
    profile.mirror->setValues(values);
    noteSynced(profile.record, now);
    return outcome;
}

bool ProfileService::settleBiometrics(ApiClient &client, ServerSession &session,
                                      ProfileRecord &record, const Policy &policy) {
    // The profile list as it is now: biometrics may have been turned on since the unlock.
    const std::optional<ProfileRecord> stored = find(record.name);
    if (!stored || !stored->biometric)
        return false;
    if (!policy.biometricUnlockAllowed) {
        session.run([&](const QString &token) {
            client.deleteDeviceKey(token);
            return 0;
        });
        setBiometricWrap(stored->id, std::nullopt);
        record.biometric.reset();
        return true;
    }
    if (stored->biometric->deviceKeyRegistered || stored->biometric->deviceKey.isEmpty())
        return false;
    session.run([&](const QString &token) {
        client.putDeviceKey(token, stored->biometric->deviceKey);
        return 0;
    });
    BiometricWrap wrap = *stored->biometric;
    wrap.deviceKeyRegistered = true;
    setBiometricWrap(stored->id, wrap);
    record.biometric = wrap;
    return false;
}

std::unique_ptr<RecordEditor> ProfileService::editor(OpenProfile &profile) const {
    checkOfflineLimit(profile);
    return std::make_unique<RecordEditor>(*profile.mirror, m_env.clock);
}

bool OfflineAllowance::warnAt(qint64 limitSeconds, qint64 leftSeconds) {
    constexpr qint64 day = qint64{24} * 3600;
    // A quarter of the limit, or a day — but never all of a short limit, which would warn
    // right after each sync.
    const qint64 threshold = std::max(limitSeconds / 4, std::min(day, limitSeconds / 2));
    return leftSeconds < threshold;
}

std::optional<OfflineAllowance> ProfileService::checkOfflineLimit(OpenProfile &profile) const {
    // Counted on every read, whether or not a limit applies now: a later policy may set one.
    const qint64 offline = OfflineClock(*profile.mirror).observe(m_env.clock.now());
    const QDateTime lastContact = QDateTime::fromString(
        profile.mirror->value(QLatin1String(mirror_keys::lastContactAt)), Qt::ISODateWithMs);
    const std::optional<Policy> policy = storedPolicy(*profile.mirror);
    if (!lastContact.isValid() || !policy || policy->maxOfflineSeconds <= 0)
        return std::nullopt;
    if (offline > policy->maxOfflineSeconds)
        throw Failure(
            Failure::Kind::Policy, msg::OfflineTooLong,
            {lastContact.toString(Qt::ISODate), QString::number(policy->maxOfflineSeconds)});
    const qint64 left = policy->maxOfflineSeconds - offline;
    return OfflineAllowance{policy->maxOfflineSeconds, left,
                            OfflineAllowance::warnAt(policy->maxOfflineSeconds, left)};
}

} // namespace vaultlink
