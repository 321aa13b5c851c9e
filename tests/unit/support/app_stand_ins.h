#pragma once

// The app's one graph of view-models (src/ui/app_graph.h) over the real core and the in-memory
// Web Application, with the device's parts replaced by stand-ins: timers that move only when a
// test moves them, a connection the test sets, a clock for the authenticator codes, the desktop's
// camera permission. For the view-model tests and the QML tests (targets linking vaultlink_ui).

#include "platform/camera_permission.h"
#include "src/profiles/profile_service.h"
#include "src/ui/app_graph.h"
#include "tests/unit/support/fake_biometric_key_store.h"
#include "tests/unit/support/fake_environment.h"
#include "tests/unit/support/manual_timer.h"
#include "tests/unit/support/scripted_notice_channel.h"

#include <QGuiApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace vaultlink::testing {

// A phone's autofill service as scripted: its setup state, and what the app told it.
class ScriptedAutofillHost final : public platform::AutofillHost {
public:
    Setup state = Setup::Off;
    int setupsOpened = 0;
    int unlocks = 0;
    Setup setup() const override { return state; }
    void openSetup() override { ++setupsOpened; }
    void vaultUnlocked() override { ++unlocks; }
};

struct AppStandIns {
    explicit AppStandIns(const platform::ClipboardMarker &marker)
        : graph({service,
                 store,
                 dir.filePath(QStringLiteral("vaultlink.log")),
                 clock,
                 environment.random,
                 *QGuiApplication::clipboard(),
                 marker,
                 *cameraPermission,
                 QString(),
                 input,
                 idleTimer,
                 syncTimer,
                 liveTimer,
                 leaveTimer,
                 notices,
                 [this] { return connection; },
                 std::chrono::minutes(15),
                 [this](const platform::StandInConfirm &) {
                     return std::make_unique<ForwardBiometrics>(biometricStore);
                 },
                 [] { return platform::makeSecurityKey(); },
                 [this](platform::AutofillSource &) {
                     auto host = std::make_unique<ScriptedAutofillHost>();
                     autofillHost = host.get();
                     return host;
                 },
                 [this] { return elapsed; }}) {}

    QTemporaryDir dir;
    FakeWebApp server;
    FakeEnvironment environment{server};
    ProfileService service{dir.path(), environment.environment()};
    QSettings store{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    // The app's clock (log, authenticator codes); at 59 s, RFC 6238's first test time.
    TestClock clock = [] {
        TestClock at;
        at.time = QDateTime::fromSecsSinceEpoch(59, Qt::UTC);
        return at;
    }();
    std::unique_ptr<platform::CameraPermission> cameraPermission = platform::makeCameraPermission();
    QObject input; // where a test sends the user's input events
    ManualTimer idleTimer;
    ManualTimer syncTimer;
    ManualTimer liveTimer;
    ManualTimer leaveTimer;
    ScriptedNoticeChannel notices;              // the server's change notices, as a test sends them
    std::chrono::milliseconds elapsed{1000000}; // the boot-time clock LeaveLock reads
    // Offline unless a test says otherwise, so that unlocking starts no sync of its own.
    ui::AutoSync::Connection connection{false, false};
    FakeBiometricKeyStore biometricStore;         // a fingerprint sensor answering as scripted
    ScriptedAutofillHost *autofillHost = nullptr; // the graph's
    ui::AppGraph graph;
};

} // namespace vaultlink::testing
