#pragma once

#include <QString>

namespace vaultlink {

class Random;

// The device id this installation shows the server (docs/api.md §2): chosen once, kept in the
// data folder, the same for every profile.
QString installationDeviceId(const QString &dataDir, Random &random);

} // namespace vaultlink
