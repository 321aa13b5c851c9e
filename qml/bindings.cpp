#include "qml/bindings.h"

#include <QJSEngine>

#include <stdexcept>

namespace vaultlink::qml {

QVariant handedOut(QObject *object) {
    if (!object)
        throw std::logic_error("a view-model is missing");
    // The engine must never delete what the composition root owns.
    QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return QVariant::fromValue(object);
}

ViewModels viewModelsOf(ui::AppGraph &graph) {
    ViewModels models;
    models.profiles = &graph.profiles;
    models.link = &graph.link;
    models.unlock = &graph.unlock;
    models.biometrics = &graph.biometrics;
    models.standInSensor = &graph.standInSensor;
    models.vault = &graph.vault;
    models.record = &graph.record;
    models.recordActions = &graph.recordActions;
    models.recordHistory = &graph.recordHistory;
    models.editor = &graph.editor;
    models.generator = &graph.generator;
    models.newRecord = &graph.newRecord;
    models.conflicts = &graph.conflicts;
    models.autofill = &graph.autofill;
    models.clipboard = &graph.clipboard;
    models.settings = &graph.settings;
    models.log = &graph.log;
    models.standInCamera = &graph.standInCamera;
    models.cameraAccess = &graph.cameraAccess;
    return models;
}

QVariantMap initialProperties(const ViewModels &models) {
    return {
        {QStringLiteral("profiles"), handedOut(models.profiles)},
        {QStringLiteral("link"), handedOut(models.link)},
        {QStringLiteral("unlock"), handedOut(models.unlock)},
        {QStringLiteral("biometrics"), handedOut(models.biometrics)},
        {QStringLiteral("standInSensor"), handedOut(models.standInSensor)},
        {QStringLiteral("vault"), handedOut(models.vault)},
        {QStringLiteral("record"), handedOut(models.record)},
        {QStringLiteral("recordActions"), handedOut(models.recordActions)},
        {QStringLiteral("recordHistory"), handedOut(models.recordHistory)},
        {QStringLiteral("editor"), handedOut(models.editor)},
        {QStringLiteral("generator"), handedOut(models.generator)},
        {QStringLiteral("newRecord"), handedOut(models.newRecord)},
        {QStringLiteral("conflicts"), handedOut(models.conflicts)},
        {QStringLiteral("autofill"), handedOut(models.autofill)},
        {QStringLiteral("clipboard"), handedOut(models.clipboard)},
        {QStringLiteral("settings"), handedOut(models.settings)},
        {QStringLiteral("appLog"), handedOut(models.log)},
        {QStringLiteral("standInCamera"), handedOut(models.standInCamera)},
        {QStringLiteral("cameraAccess"), handedOut(models.cameraAccess)},
    };
}

} // namespace vaultlink::qml
