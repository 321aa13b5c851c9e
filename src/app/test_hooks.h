#pragma once

#include <memory>

class QObject;
class QQmlApplicationEngine;

namespace vaultlink::app {

// What `vaultlink --drive` starts (UiDriver: real input events from test commands on standard
// input, and the clipboard read back). It exists only in builds with the test suites
// (VAULTLINK_BUILD_TESTS): a release app is linked with no_test_hooks.cpp, which refuses, so the
// driver and Qt Test are never part of what users install.
// Returns the running hook, or nullptr when this build has none.
std::unique_ptr<QObject> startTestDriver(QQmlApplicationEngine &engine);

} // namespace vaultlink::app
