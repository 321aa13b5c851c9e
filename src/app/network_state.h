#pragma once

#include "src/ui/auto_sync.h"

#include <functional>

namespace vaultlink::app {

// The connection as Qt's network information reports it. Where the platform has no backend
// (a desktop without NetworkManager), the app assumes an unmetered connection and lets the
// sync find out.
ui::AutoSync::Connection currentConnection();
// Calls `changed` whenever reachability or the transport medium changes.
void watchConnection(QObject *context, const std::function<void()> &changed);

} // namespace vaultlink::app
