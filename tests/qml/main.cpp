// Qt Quick Tests of the app's components and pages. The pages reach their view-models as the
// module's singletons; here those are the app's own graph of view-models over the real core, with
// an in-memory Web Application behind the network seam standing in for a server.
#include "platform/clipboard_marker.h"
#include "qml/bindings.h"
#include "tests/unit/support/app_stand_ins.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
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
        ui::AppGraph &graph = app.graph;
        qml::provide({&graph.profiles, &graph.link, &graph.unlock, &graph.vault, &graph.record,
                      &graph.clipboard, &graph.settings, &graph.log, &graph.standInCamera,
                      &graph.cameraAccess});
    }
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() { m_standIns = std::make_unique<StandIns>(); }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { m_standIns.reset(); }

private:
    std::unique_ptr<StandIns> m_standIns;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(vaultlink_qml, Setup)

#include "main.moc"
