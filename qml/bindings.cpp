#include "qml/bindings.h"

#include <QJSEngine>

#include <stdexcept>

namespace vaultlink::qml {

namespace {
ViewModels g_models; // set once by the composition root, read by the engine's singleton factories

// The engine must not delete what the composition root owns.
template <typename T> T *handedOut(T *object) {
    if (!object)
        throw std::logic_error("a view-model was not provided before QML was loaded");
    QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}
} // namespace

void provide(const ViewModels &models) {
    g_models = models;
}
const ViewModels &provided() {
    return g_models;
}

ui::ProfilesModel *ProfilesSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.profiles);
}
ui::LinkViewModel *LinkSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.link);
}
ui::UnlockViewModel *UnlockSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.unlock);
}
ui::VaultViewModel *VaultSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.vault);
}
ui::RecordViewModel *RecordSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.record);
}
ui::ClipboardGuard *ClipboardSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.clipboard);
}

ui::SettingsViewModel *SettingsSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.settings);
}
ui::AppLog *LogSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.log);
}

ui::StandInCamera *StandInCameraSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.standInCamera);
}

platform::CameraAccess *CameraAccessSingleton::create(QQmlEngine *, QJSEngine *) {
    return handedOut(g_models.cameraAccess);
}

} // namespace vaultlink::qml
