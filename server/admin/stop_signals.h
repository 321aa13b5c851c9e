#pragma once

namespace vaultlink::server::admin {

// Makes SIGINT and SIGTERM quit the Qt event loop (through a self-pipe, since a signal handler
// may not touch Qt), so the server closes its store cleanly.
void quitOnStopSignals();

} // namespace vaultlink::server::admin
