#pragma once

namespace vaultlink::server {

class Store;

// Brings the store to the newest schema; each step runs once, in order, in one transaction.
void migrate(Store &store);
int latestSchemaVersion();

} // namespace vaultlink::server
