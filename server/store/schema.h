#pragma once

#include <QStringList>

#include <vector>

namespace vaultlink::server {

class Store;

// The store's migrations, oldest first: step N brings version N to N + 1. Tests replay a prefix
// of them to make a store of an older version.
const std::vector<QStringList> &schemaSteps();
// Brings the store to the newest schema; each step runs once, in order, in one transaction.
void migrate(Store &store);
int latestSchemaVersion();

} // namespace vaultlink::server
