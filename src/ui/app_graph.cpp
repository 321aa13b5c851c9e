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
    , unlock(surroundings.service, runner, session, securityKey.get())
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
    , autoSync(surroundings.syncTimer, surroundings.connection, surroundings.syncPeriod)
    , live(surroundings.noticeChannel, surroundings.liveTimer, surroundings.random)
    , leaving(surroundings.leaveTimer, surroundings.elapsed) {
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
    QObject::connect(&leaving, &LeaveLock::leave, &vault, &VaultViewModel::lock);
    QObject::connect(&autoSync, &AutoSync::syncDue, &vault, [this] { vault.sync(false); });
    QObject::connect(&live, &LiveChanges::syncDue, &vault, [this] { vault.sync(false); });
    QObject::connect(&vault, &VaultViewModel::synced, &live, &LiveChanges::synced);
    QObject::connect(&vault, &VaultViewModel::syncFailed, &live, [this] { live.syncFailed(); });
    QObject::connect(&live, &LiveChanges::channelEnded, &m_context, [this](const ChannelEnd &end) {
        static const char *const kinds[] = {"dropped", "refused", "session ended", "broken"};
        log.write(
            QStringLiteral("change notices: %1 (%2)")
                .arg(QLatin1String(kinds[static_cast<int>(end.kind)]), end.message.debugText()));
    });
    QObject::connect(&vault, &VaultViewModel::syncFinished, &m_context,
                     [this](const QString &summary) {
                         log.write(summary);
                         profiles.reload(); // the last sync shown beside each profile
                     });
    QObject::connect(&vault, &VaultViewModel::syncFailed, &m_context,
                     [this](const QString &code, const QString &detail) {
                         log.write(QStringLiteral("sync failed (%1): %2").arg(code, detail));
                     });
    QObject::connect(&vault, &VaultViewModel::left, &m_context, [this](const QString &summary) {
        log.write(summary);
        profiles.reload();
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
    unlock.secondFactor()->close();
    vault.secondFactor()->close();
}

void AppGraph::applySettings() {
    vault.setHidePersonal(settings.hidePersonal());
    vault.setSearchAllTabs(settings.searchAllTabs());
    clipboard.setClearAfterSeconds(settings.clipboardSeconds());
    idle.setTimeoutSeconds(settings.idleLockSeconds());
    autoSync.setMode(settings.autoSync());
    leaving.setGraceSeconds(settings.leaveGraceSeconds());
    log.setEnabled(settings.logging());
    updateLive();
}

void AppGraph::connectionChanged() {
    autoSync.connectionChanged();
    live.networkChanged();
    updateLive();
}

void AppGraph::setInBackground(bool background) {
    m_background = background;
    leaving.setInBackground(background);
    updateLive();
}

void AppGraph::updateLive() {
    live.setAllowed(session.isOpen() && !m_background && autoSync.allowsNow());
}

void AppGraph::sessionChanged() {
    const bool open = session.isOpen();
    idle.setArmed(open);
    leaving.setArmed(open);
    autoSync.setOpen(open);
    updateLive();
    if (open)
        autofillHost->vaultUnlocked(); // a form waiting on the unlock is filled now
    log.write(open ? QStringLiteral("unlocked %1").arg(session.profileName())
                   : QStringLiteral("locked"));
}

} // namespace vaultlink::ui
