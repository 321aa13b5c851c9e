#pragma once

class QQmlEngine;

namespace vaultlink::app {

// Loads every page of the QML module offscreen, with the app's own view-models, and reports any
// QML error or warning on stderr. Returns the exit status (0 when every page loaded cleanly).
int selfTest(QQmlEngine &engine);

} // namespace vaultlink::app
