// vaultlink: the app's composition root. The core's seams (clock, randomness, network, data
// folder), the view-models and the QML module are made and wired here, and nowhere else.
#include "platform/camera_access.h"
#include "platform/camera_permission.h"
#include "platform/clipboard_marker.h"
#include "platform/screen_guard.h"
#include "qml/bindings.h"
#include "src/app/network_state.h"
#include "src/app/self_test.h"
#include "src/app/ui_driver.h"
#include "src/crypto/clock.h"
#include "src/crypto/random.h"
#include "src/profiles/profile_service.h"
#include "src/ui/auto_sync.h"
#include "src/ui/idle_lock.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHostInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VaultlinkPlugin)

using namespace vaultlink;

namespace {
QString dataDirectory() {
    const QString fromEnvironment = qEnvironmentVariable("VAULTLINK_DATA_DIR");
    return fromEnvironment.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               : fromEnvironment;
}

// Tests lower the calibration target; the KDF never goes below OWASP's minimum.
std::chrono::milliseconds kdfTarget() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("VAULTLINK_KDF_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 500);
}
} // namespace

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    // Before any window is shown, so that no frame of it is ever capturable.
    const std::unique_ptr<platform::ScreenGuard> screenGuard = platform::makeScreenGuard();
    screenGuard->setProtected(true);
    // Before any view-model or page is made: they translate their text as they are made. Qt's own
    // text (dialogs, edit menus) follows where the system has it; without, it stays in English.
    QTranslator translator;
    // A locale without a translation (C, POSIX, French) gets the English one: its plurals read
    // "1 record", not the source's "1 record(s)".
    if (translator.load(QLocale(), QStringLiteral("vaultlink"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/vaultlink_en")))
        QCoreApplication::installTranslator(&translator);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator qtBase;
    if (qtBase.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations))
        QCoreApplication::installTranslator(&qtBase);
    QTranslator qtDeclarative;
    if (qtDeclarative.load(QLocale(), QStringLiteral("qtdeclarative"), QStringLiteral("_"),
                           qtTranslations))
        QCoreApplication::installTranslator(&qtDeclarative);
    QGuiApplication::setApplicationName(QStringLiteral("vaultlink"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Vaultlink"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VAULTLINK_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const bool selfTest = QCoreApplication::arguments().contains(QStringLiteral("--self-test"));

    SystemClock clock;
    SystemRandom random;
    Environment env{random,
                    clock,
                    [](const TrustPolicy &trust) { return std::make_unique<QtTransport>(trust); },
                    threadSleeper(),
                    kdfTarget(),
                    QStringLiteral("Vaultlink on %1").arg(QHostInfo::localHostName())};
    const QString dataDir = dataDirectory();
    ProfileService service(dataDir, env);
    QSettings store(dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ui::SettingsViewModel settings(store);
    ui::AppLog log(dataDir + QStringLiteral("/vaultlink.log"));
    ui::TaskRunner runner;
    ui::VaultSession session;
    const std::unique_ptr<platform::ClipboardMarker> clipboardMarker =
        platform::makeClipboardMarker();
    ui::ClipboardGuard clipboard(*QGuiApplication::clipboard(), *clipboardMarker);
    const std::unique_ptr<platform::CameraPermission> cameraPermission =
        platform::makeCameraPermission();
    // Asked by the QR viewfinder before it starts the camera.
    platform::CameraAccess cameraAccess(*cameraPermission);
    ui::ProfilesModel profiles(service, session);
    ui::LinkViewModel link(service, runner);
    ui::UnlockViewModel unlock(service, runner, session);
    ui::VaultViewModel vault(service, runner, session);
    ui::RecordViewModel record(session, clipboard,
                               [] { return QDateTime::currentSecsSinceEpoch(); });
    ui::StandInCamera standInCamera(qEnvironmentVariable("VAULTLINK_STAND_IN_CAMERA"));
    ui::IdleLock idle(&app);
    ui::AutoSync autoSync(app::currentConnection, std::chrono::minutes(15));

    // The settings drive the others, now and whenever they change.
    const auto applySettings = [&] {
        vault.setHidePersonal(settings.hidePersonal());
        vault.setSearchAllTabs(settings.searchAllTabs());
        clipboard.setClearAfterSeconds(settings.clipboardSeconds());
        idle.setTimeoutSeconds(settings.idleLockSeconds());
        autoSync.setMode(static_cast<ui::AutoSync::Mode>(settings.autoSync()));
        log.setEnabled(settings.logging());
    };
    applySettings();
    QObject::connect(&settings, &ui::SettingsViewModel::changed, &app, applySettings);
    QObject::connect(&session, &ui::VaultSession::openChanged, &app, [&] {
        idle.setArmed(session.isOpen());
        autoSync.setOpen(session.isOpen());
        log.write(session.isOpen() ? QStringLiteral("unlocked %1").arg(session.profileName())
                                   : QStringLiteral("locked"));
    });
    QObject::connect(&idle, &ui::IdleLock::idle, &vault, &ui::VaultViewModel::lock);
    QObject::connect(&autoSync, &ui::AutoSync::syncDue, &vault, [&] { vault.sync(false); });
    app::watchConnection(&autoSync, [&] { autoSync.connectionChanged(); });
    QObject::connect(&vault, &ui::VaultViewModel::syncFinished, &app, [&](const QString &summary) {
        log.write(summary);
        profiles.reload(); // the last sync shown beside each profile
    });
    QObject::connect(&vault, &ui::VaultViewModel::syncFailed, &app,
                     [&](const QString &code, const QString &message) {
                         log.write(QStringLiteral("sync failed (%1): %2").arg(code, message));
                     });
    QObject::connect(&link, &ui::LinkViewModel::linked, &app, [&](const QString &name) {
        log.write(QStringLiteral("linked %1").arg(name));
        profiles.reload();
    });
    const qml::ViewModels models{&profiles,  &link,     &unlock, &vault,         &record,
                                 &clipboard, &settings, &log,    &standInCamera, &cameraAccess};

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // the module's qmldir is at qrc:/Vaultlink/
    if (selfTest)
        return app::selfTest(engine, models);
    engine.setInitialProperties(qml::initialProperties(models));
    engine.load(QUrl(QStringLiteral("qrc:/Vaultlink/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    std::unique_ptr<app::UiDriver> driver;
    if (QCoreApplication::arguments().contains(QStringLiteral("--drive")))
        driver = std::make_unique<app::UiDriver>(engine);
    return QGuiApplication::exec();
}
