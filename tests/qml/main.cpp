// Qt Quick Tests of the app's components and pages. The pages take their view-models as required
// properties; the tests hand them in from the singleton `ViewModels` of the test-only module
// VaultlinkTest, which holds what Main.qml would be given (qml::initialProperties): the real
// view-models over the real core, with an in-memory Web Application behind the network seam
// standing in for a server.
#include "fake_web_app.h"
#include "platform/camera_access.h"
#include "platform/camera_permission.h"
#include "platform/clipboard_marker.h"
#include "qml/bindings.h"
#include "src/crypto/clock.h"
#include "src/crypto/random.h"
#include "src/profiles/profile_service.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQmlPropertyMap>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(VaultlinkPlugin)

namespace {

using namespace vaultlink;

struct StandIns {
    QTemporaryDir dir;
    testing::FakeWebApp server;
    SystemRandom random;
    SystemClock clock;
    ProfileService service{
        dir.path(), Environment{random, clock,
                                [this](const TrustPolicy &) {
                                    return std::make_unique<testing::Forward>(server);
                                },
                                [](std::chrono::milliseconds) {}, std::chrono::milliseconds(1),
                                QStringLiteral("qml test"), std::chrono::milliseconds(50)}};
    QSettings store{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ui::SettingsViewModel settings{store};
    ui::AppLog log{dir.filePath(QStringLiteral("log"))};
    ui::TaskRunner runner;
    ui::VaultSession session;
    std::unique_ptr<platform::ClipboardMarker> marker = platform::makeClipboardMarker();
    ui::ClipboardGuard clipboard{*QGuiApplication::clipboard(), *marker};
    ui::ProfilesModel profiles{service, session};
    ui::LinkViewModel link{service, runner};
    ui::UnlockViewModel unlock{service, runner, session};
    ui::VaultViewModel vault{service, runner, session};
    ui::RecordViewModel record{session, clipboard, [] { return qint64(59); }};
    ui::StandInCamera camera{QString()};
    std::unique_ptr<platform::CameraPermission> permission = platform::makeCameraPermission();
    platform::CameraAccess cameraAccess{*permission};

    StandIns() {
        for (int i = 0; i < 30; ++i)
            server.addRecord(QStringLiteral("Site %1").arg(i), QStringLiteral("pw-%1").arg(i));
    }

    QVariantMap viewModels() {
        return qml::initialProperties({&profiles, &link, &unlock, &vault, &record, &clipboard,
                                       &settings, &log, &camera, &cameraAccess});
    }
};

// Lets a page test make the stand-in server ask for an authenticator code (singleton Server).
class ServerKnobs : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool totp READ totp WRITE setTotp)
public:
    explicit ServerKnobs(testing::FakeWebApp &server)
        : m_server(server) {}
    bool totp() const { return m_server.totp; }
    void setTotp(bool on) { m_server.totp = on; }

private:
    testing::FakeWebApp &m_server;
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        m_standIns = std::make_unique<StandIns>();
        const QVariantMap viewModels = m_standIns->viewModels();
        for (const auto &[name, value] : viewModels.asKeyValueRange())
            m_viewModels.insert(name, value);
        qmlRegisterSingletonInstance("VaultlinkTest", 1, 0, "ViewModels", &m_viewModels);
        m_knobs = std::make_unique<ServerKnobs>(m_standIns->server);
        qmlRegisterSingletonInstance("VaultlinkTest", 1, 0, "Server", m_knobs.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() {
        m_knobs.reset();
        m_standIns.reset();
    }

private:
    std::unique_ptr<StandIns> m_standIns;
    QQmlPropertyMap m_viewModels; // by the names Main.qml takes them
    std::unique_ptr<ServerKnobs> m_knobs;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(vaultlink_qml, Setup)

#include "main.moc"
