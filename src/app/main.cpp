// vaultlink: the app's composition root. The core's seams (clock, randomness, network, data
// folder), the view-models and the QML module are made and wired here, and nowhere else.
#include "qml/bindings.h"
#include "src/app/self_test.h"
#include "src/crypto/clock.h"
#include "src/crypto/random.h"
#include "src/profiles/profile_service.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHostInfo>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
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
    ProfileService service(dataDirectory(), env);
    ui::TaskRunner runner;
    ui::VaultSession session;
    ui::ClipboardGuard clipboard(*QGuiApplication::clipboard());
    ui::ProfilesModel profiles(service);
    ui::LinkViewModel link(service, runner);
    ui::UnlockViewModel unlock(service, runner, session);
    ui::VaultViewModel vault(service, runner, session);
    ui::RecordViewModel record(session, clipboard,
                               [] { return QDateTime::currentSecsSinceEpoch(); });
    qml::provide({&profiles, &link, &unlock, &vault, &record, &clipboard});

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // the module's qmldir is at qrc:/Vaultlink/
    if (selfTest)
        return app::selfTest(engine);
    engine.load(QUrl(QStringLiteral("qrc:/Vaultlink/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
