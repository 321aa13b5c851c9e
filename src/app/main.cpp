// vaultlink: the app's composition root. The device's surroundings (clock, randomness, network,
// data folder, clipboard, camera, timers) are made here and handed to the one graph of
// view-models (src/ui/app_graph.h), which the QML module then shows.
#include "platform/camera_permission.h"
#include "platform/clipboard_marker.h"
#include "platform/screen_guard.h"
#include "platform/screen_lock_watch.h"
#include "qml/bindings.h"
#include "src/app/network_state.h"
#include "src/app/self_test.h"
#include "src/app/test_hooks.h"
#include "src/app/translations.h"
#include "src/live/socket_notice_channel.h"
#include "src/profiles/environment.h"
#include "src/profiles/profile_service.h"
#include "src/ui/app_graph.h"
#include "src/ui/timer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VaultlinkPlugin)

using namespace vaultlink;

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    // Before any window is shown, so that no frame of it is ever capturable.
    const std::unique_ptr<platform::ScreenGuard> screenGuard = platform::makeScreenGuard();
    screenGuard->setProtected(true);
    const app::Translations translations;
    QGuiApplication::setApplicationName(QStringLiteral("vaultlink"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Vaultlink"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VAULTLINK_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const bool selfTest = QCoreApplication::arguments().contains(QStringLiteral("--self-test"));

    const DeviceEnvironment device(QStringLiteral("Vaultlink"));
    const QString dataDir = dataDirectory();
    ProfileService service(dataDir, device.environment());
    QSettings settingsStore(dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    const std::unique_ptr<platform::ClipboardMarker> clipboardMarker =
        platform::makeClipboardMarker();
    const std::unique_ptr<platform::CameraPermission> cameraPermission =
        platform::makeCameraPermission();
    ui::QtTimer idleTimer;
    ui::QtTimer syncTimer;
    ui::QtTimer liveTimer;
    ui::QtTimer leaveTimer;
    SocketNoticeChannel notices(device.environment().random);
    ui::AppGraph graph({service, settingsStore, dataDir + QStringLiteral("/vaultlink.log"),
                        device.environment().clock, device.environment().random,
                        *QGuiApplication::clipboard(), *clipboardMarker, *cameraPermission,
                        qEnvironmentVariable("VAULTLINK_STAND_IN_CAMERA"), app, idleTimer,
                        syncTimer, liveTimer, leaveTimer, notices, app::currentConnection});
    app::watchConnection(&app, [&graph] { graph.connectionChanged(); });
    const qml::ViewModels models = qml::viewModelsOf(graph);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // the module's qmldir is at qrc:/Vaultlink/
    if (selfTest)
        return app::selfTest(engine, models);
    engine.setInitialProperties(qml::initialProperties(models));
    engine.load(QUrl(QStringLiteral("qrc:/Vaultlink/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    // Away from the user: the vault locks (after the grace set) and the notice channel closes.
    auto *window = qobject_cast<QWindow *>(engine.rootObjects().first());
    const auto presence = [&graph, window] {
        const bool hidden = window && (window->visibility() == QWindow::Minimized ||
                                       window->visibility() == QWindow::Hidden);
        graph.setInBackground(ui::isAway(QGuiApplication::applicationState(), hidden));
    };
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &app, presence);
    if (window)
        QObject::connect(window, &QWindow::visibilityChanged, &app, presence);
    const std::unique_ptr<platform::ScreenLockWatch> screenLock = platform::makeScreenLockWatch();
    screenLock->start([&graph] { graph.screenLocked(); });
    std::unique_ptr<QObject> driver;
    if (QCoreApplication::arguments().contains(QStringLiteral("--drive"))) {
        driver = app::startTestDriver(engine);
        if (!driver)
            return 2;
    }
    return QGuiApplication::exec();
}
