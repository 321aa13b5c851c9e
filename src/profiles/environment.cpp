#include "src/profiles/environment.h"

namespace vaultlink {

std::function<std::unique_ptr<Transport>(const TrustPolicy &)> httpsTransport() {
    return [](const TrustPolicy &trust) { return std::make_unique<QtTransport>(trust); };
}

} // namespace vaultlink
