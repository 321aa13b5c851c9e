#include "src/ui/app_graph.h"

#include "src/crypto/clock.h"

namespace vaultlink::ui {

AppGraph::AppGraph(const Surroundings &surroundings)
    : settings(surroundings.settingsStore)
    , log(surroundings.logPath, surroundings.clock)
    , clipboard(surroundings.clipboard, surroundings.clipboardMarker)
    , cameraAccess(surroundings.cameraPermission)
    , securityKey(surroundings.makeSecurityKey())
    , profiles(surroundings.service, session)
    , link(surroundings.service, runner, securityKey.get())
    , unlock(surroundings.service, runner, session)
    , biometricStore(surroundings.makeBiometrics(
          [this](const platform::BiometricPrompt &prompt, std::function<void(bool)> answer) {
              standInSensor.ask(prompt, std::move(answer));
          }))
    , biometrics(surroundings.service, runner, session, *biometricStore)
    , vault(
          surroundings.service, runner, session,
          [this](const ProfileRecord &profile, const QByteArray &message,
                 const DeviceSignBridge::Reply &reply) {
              biometrics.signIn(profile, message, reply);
          },
          securityKey.get())
    , record(session, clipboard,
             [&clock = surroundings.clock] { return clock.now().toSecsSinceEpoch(); })
    , writes(surroundings.service, session)
    , recordActions(writes, session)
    , recordHistory(session, clipboard)
    , editor(writes, session)
    , generator(surroundings.random)
    , newRecord(writes, session)
    , conflicts(writes, session)
    , autofillSource(session)
    , autofillHost(surroundings.makeAutofillHost(autofillSource))
    , autofill(session, *autofillHost)
    , standInCamera(surroundings.standInCameraPicture)
    , idle(&surroundings.input, surroundings.idleTimer)
    , autoSync(surroundings.syncTimer, surroundings.connection, surroundings.syncPeriod) {
    applySettings();
    QObject::connect(&settings, &SettingsViewModel::changed, &m_context,
                     [this] { applySettings(); });
    QObject::connect(&session, &VaultSession::openChanged, &m_context,
                     [this] { sessionChanged(); });
    // What the Record page offers and the password history follow the record it shows.
    QObject::connect(&record, &RecordViewModel::recordChanged, &m_context, [this] {
        recordActions.show(record.recordId());
        recordHistory.show(record.recordId());
    });
    QObject::connect(&idle, &IdleLock::idle, &vault, &VaultViewModel::lock);
    QObject::connect(&autoSync, &AutoSync::syncDue, &vault, [this] { vault.sync(false); });
    QObject::connect(&vault, &VaultViewModel::syncFinished, &m_context,
                     [this](const QString &summary) {
                         log.write(summary);
                         profiles.reload(); // the last sync shown beside each profile
                     });
    QObject::connect(&vault, &VaultViewModel::syncFailed, &m_context,
                     [this](const QString &code, const QString &detail) {
                         log.write(QStringLiteral("sync failed (%1): %2").arg(code, detail));
                     });
    QObject::connect(&vault, &VaultViewModel::biometricsRemoved, &m_context,
                     [this](const ProfileRecord &profile) { biometrics.forgetKeys(profile); });
    // The Unlock page's button speaks of the profile it unlocks.
    QObject::connect(&unlock, &UnlockViewModel::profileNameChanged, &m_context,
                     [this] { biometrics.setProfileName(unlock.profileName()); });
    QObject::connect(&link, &LinkViewModel::linked, &m_context, [this](const QString &name) {
        log.write(QStringLiteral("linked %1").arg(name));
        profiles.reload();
    });
}

// The settings drive the others, now and whenever they change.
AppGraph::~AppGraph() {
    link.secondFactor()->close();
    vault.secondFactor()->close();
}

void AppGraph::applySettings() {
    vault.setHidePersonal(settings.hidePersonal());
    vault.setSearchAllTabs(settings.searchAllTabs());
    clipboard.setClearAfterSeconds(settings.clipboardSeconds());
    idle.setTimeoutSeconds(settings.idleLockSeconds());
    autoSync.setMode(settings.autoSync());
    log.setEnabled(settings.logging());
}

void AppGraph::sessionChanged() {
    const bool open = session.isOpen();
    idle.setArmed(open);
    autoSync.setOpen(open);
    if (open)
        autofillHost->vaultUnlocked(); // a form waiting on the unlock is filled now
    log.write(open ? QStringLiteral("unlocked %1").arg(session.profileName())
                   : QStringLiteral("locked"));
}

} // namespace vaultlink::ui
