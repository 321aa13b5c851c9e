#pragma once

#include "platform/camera_access.h"
#include "platform/security_key.h"
#include "src/clipboard/clipboard_guard.h"
#include "src/ui/app_log.h"
#include "src/ui/auto_sync.h"
#include "src/ui/autofill_view_model.h"
#include "src/ui/biometric_view_model.h"
#include "src/ui/conflicts_view_model.h"
#include "src/ui/idle_lock.h"
#include "src/ui/leave_lock.h"
#include "src/ui/link_view_model.h"
#include "src/ui/live_changes.h"
#include "src/ui/new_record_view_model.h"
#include "src/ui/password_generator_view_model.h"
#include "src/ui/profiles_model.h"
#include "src/ui/record_actions.h"
#include "src/ui/record_editor_view_model.h"
#include "src/ui/record_history.h"
#include "src/ui/record_view_model.h"
#include "src/ui/settings_view_model.h"
#include "src/ui/stand_in_camera.h"
#include "src/ui/stand_in_sensor.h"
#include "src/ui/task_runner.h"
#include "src/ui/unlock_view_model.h"
#include "src/ui/vault_autofill_source.h"
#include "src/ui/vault_session.h"
#include "src/ui/vault_view_model.h"
#include "src/ui/vault_writes.h"

#include <QObject>

#include <chrono>

class QClipboard;
class QSettings;

namespace vaultlink {
class Clock;
class ProfileService;
class Random;
} // namespace vaultlink

namespace vaultlink::platform {
class CameraPermission;
class ClipboardMarker;
} // namespace vaultlink::platform

namespace vaultlink::ui {

class Timer;

// Everything the app is made of above the core, made and connected in one place: the view-models
// the pages use and the pieces that act on their own (idle lock, automatic sync, the log), wired
// so that the settings drive them and what happens in one shows in the others. The app's main(),
// the view-model tests and the QML tests make this same graph; only what they hand in differs —
// the device's platform or stand-ins.
class AppGraph {
public:
    // What the graph takes from its surroundings; the references must outlive it.
    struct Surroundings {
        ProfileService &service;
        QSettings &settingsStore;
        QString logPath;
        const Clock &clock; // the log's times and the authenticator codes
        Random &random;     // the password generator's
        QClipboard &clipboard;
        const platform::ClipboardMarker &clipboardMarker;
        platform::CameraPermission &cameraPermission;
        QString standInCameraPicture; // empty: none (see StandInCamera)
        QObject &input;               // where the user's input arrives (the application)
        Timer &idleTimer;
        Timer &syncTimer;
        Timer &liveTimer;  // LiveChanges': the pause after a notice, the next try after a drop
        Timer &leaveTimer; // LeaveLock's grace in the background
        // The server's change-notice channel the open vault listens on (SocketNoticeChannel).
        NoticeChannel &noticeChannel;
        AutoSync::ConnectionFn connection;
        std::chrono::milliseconds syncPeriod = std::chrono::minutes(15);
        // The platform's biometric key store, given what stands in for the sensor on a desktop.
        std::function<std::unique_ptr<platform::BiometricKeyStore>(platform::StandInConfirm)>
            makeBiometrics = [](platform::StandInConfirm confirm) {
                return platform::makeBiometricKeyStore(std::move(confirm));
            };
        // The platform's security keys (the tests' stand-in key file, or none).
        std::function<std::unique_ptr<platform::SecurityKey>()> makeSecurityKey = [] {
            return platform::makeSecurityKey();
        };
        // The platform's autofill service, asking the open vault (the tests' scripted host).
        std::function<std::unique_ptr<platform::AutofillHost>(platform::AutofillSource &)>
            makeAutofillHost =
                [](platform::AutofillSource &source) { return platform::makeAutofillHost(source); };
        // Time away from the app, counted while the device sleeps too.
        LeaveLock::Elapsed elapsed = sinceBoot;
    };

    explicit AppGraph(const Surroundings &surroundings);
    // Lets every task waiting for the user go first: the view-models share one runner, and each
    // waits for all of its tasks when it goes.
    ~AppGraph();
    AppGraph(const AppGraph &) = delete;
    AppGraph &operator=(const AppGraph &) = delete;

    // The platform reports that the connection changed (reachability or medium).
    void connectionChanged();
    // The app went to the background (a phone's suspended or hidden app, a desktop's minimised
    // window) or came back.
    void setInBackground(bool background);
    // The device's screen locked (platform::ScreenLockWatch).
    void screenLocked() { leaving.screenLocked(); }

    // In order of construction: the runner and the session outlive the view-models using them.
    TaskRunner runner;
    VaultSession session;
    SettingsViewModel settings;
    AppLog log;
    ClipboardGuard clipboard;
    platform::CameraAccess cameraAccess; // asked by the QR viewfinder before the camera starts
    std::unique_ptr<platform::SecurityKey> securityKey; // a second factor's, for link and sync
    ProfilesModel profiles;
    LinkViewModel link;
    UnlockViewModel unlock;
    StandInSensor standInSensor; // asked by the desktop's biometric key store
    std::unique_ptr<platform::BiometricKeyStore> biometricStore;
    BiometricViewModel biometrics;
    VaultViewModel vault;
    RecordViewModel record;
    VaultWrites writes; // every page that writes records goes through it
    RecordActions recordActions;
    RecordHistory recordHistory;
    RecordEditorViewModel editor;
    PasswordGeneratorViewModel generator;
    NewRecordViewModel newRecord;
    ConflictsViewModel conflicts;
    VaultAutofillSource autofillSource; // what a phone's autofill service asks
    std::unique_ptr<platform::AutofillHost> autofillHost;
    AutofillViewModel autofill; // the service's setup, and the desktop's stand-in for it
    StandInCamera standInCamera;
    IdleLock idle;
    AutoSync autoSync;
    LiveChanges live;
    LeaveLock leaving;

private:
    void applySettings();
    void sessionChanged();
    // The channel is open only while a vault is unlocked, the app in front and AutoSync's
    // setting allows this connection.
    void updateLive();

    bool m_background = false;
    QObject m_context; // the connections' receiver: none outlives the graph
};

} // namespace vaultlink::ui
