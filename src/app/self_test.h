#pragma once

class QQmlEngine;

namespace vaultlink::qml {
struct ViewModels;
}

namespace vaultlink::app {

// Loads every page of the QML module offscreen, each given the app's own view-models it takes,
// and reports any QML error or warning on stderr. Returns the exit status (0 when every page
// loaded cleanly).
int selfTest(QQmlEngine &engine, const qml::ViewModels &models);

} // namespace vaultlink::app
