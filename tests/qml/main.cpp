// Qt Quick Tests of the app's components and pages. The pages take their view-models as required
// properties; the tests hand them in from the singleton `ViewModels` of the test-only module
// VaultlinkTest, which holds what Main.qml would be given (qml::initialProperties): the app's own
// graph of view-models over the real core, with an in-memory Web Application behind the network
// seam standing in for a server.
#include "platform/clipboard_marker.h"
#include "qml/bindings.h"
#include "tests/unit/support/app_stand_ins.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQmlPropertyMap>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(VaultlinkPlugin)

namespace {

using namespace vaultlink;

struct StandIns {
    std::unique_ptr<platform::ClipboardMarker> marker = platform::makeClipboardMarker();
    vaultlink::testing::AppStandIns app{*marker};

    StandIns() {
        for (int i = 0; i < 30; ++i)
            app.server.addRecord(QStringLiteral("Site %1").arg(i), QStringLiteral("pw-%1").arg(i));
    }

    QVariantMap viewModels() { return qml::initialProperties(qml::viewModelsOf(app.graph)); }
};

// Lets a page test make the stand-in server ask for an authenticator code, and change records as
// another device or the administrator would (singleton Server).
class ServerKnobs : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool totp READ totp WRITE setTotp)
    // The second factors a login is challenged with, and how a push or call is answered
    // (FakeWebApp::mfaMethods, approval).
    Q_PROPERTY(QStringList mfaMethods READ mfaMethods WRITE setMfaMethods)
    Q_PROPERTY(QString approval READ approval WRITE setApproval)
public:
    explicit ServerKnobs(vaultlink::testing::FakeWebApp &server)
        : m_server(server) {}
    bool totp() const { return m_server.totp; }
    void setTotp(bool on) { m_server.totp = on; }
    QStringList mfaMethods() const { return m_server.mfaMethods; }
    void setMfaMethods(const QStringList &methods) { m_server.mfaMethods = methods; }
    QString approval() const { return m_server.approval; }
    void setApproval(const QString &approval) { m_server.approval = approval; }
    Q_INVOKABLE qint64 addRecord(const QString &name) { return m_server.addRecord(name); }
    // Unit 7 is "IT", which the user may read only.
    Q_INVOKABLE void moveToUnit(qint64 id, qint64 unit) { m_server.moveToUnit(id, unit); }
    Q_INVOKABLE void setField(qint64 id, const QString &key, const QString &value) {
        m_server.setField(id, key, value);
    }

private:
    vaultlink::testing::FakeWebApp &m_server;
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
        m_knobs = std::make_unique<ServerKnobs>(m_standIns->app.server);
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
