#pragma once

namespace vaultlink::server {

class Router;
struct ServerContext;

// One registration function per area of docs/api.md.
void addDiscoveryRoutes(Router &router, ServerContext &context);
void addAuthRoutes(Router &router, ServerContext &context);
void addDeviceRoutes(Router &router, ServerContext &context);
void addVaultRoutes(Router &router, ServerContext &context);
void addLinkRoutes(Router &router, ServerContext &context);
void addAccountRoutes(Router &router, ServerContext &context);

} // namespace vaultlink::server
