#pragma once

#include <QStringList>

#include <vector>

namespace vaultlink {

// The profile mirror's migrations, oldest first; append, never edit a released step.
const std::vector<QStringList> &mirrorMigrations();

} // namespace vaultlink
