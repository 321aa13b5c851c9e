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
    return {&graph.profiles,      &graph.link,        &graph.unlock,   &graph.vault,
            &graph.record,        &graph.clipboard,   &graph.settings, &graph.log,
            &graph.standInCamera, &graph.cameraAccess};
}

QVariantMap initialProperties(const ViewModels &models) {
    return {
        {QStringLiteral("profiles"), handedOut(models.profiles)},
        {QStringLiteral("link"), handedOut(models.link)},
        {QStringLiteral("unlock"), handedOut(models.unlock)},
        {QStringLiteral("vault"), handedOut(models.vault)},
        {QStringLiteral("record"), handedOut(models.record)},
        {QStringLiteral("clipboard"), handedOut(models.clipboard)},
        {QStringLiteral("settings"), handedOut(models.settings)},
        {QStringLiteral("appLog"), handedOut(models.log)},
        {QStringLiteral("standInCamera"), handedOut(models.standInCamera)},
        {QStringLiteral("cameraAccess"), handedOut(models.cameraAccess)},
    };
}

} // namespace vaultlink::qml
