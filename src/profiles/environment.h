#pragma once

#include "src/net/backoff.h"
#include "src/net/transport.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace vaultlink {

class Clock;
class Random;

// What the core takes from its surroundings; the composition root (a front end's main) fills
// it, tests put in their own clock, randomness, network and waiting.
struct Environment {
    Random &random;
    Clock &clock;
    std::function<std::unique_ptr<Transport>(const TrustPolicy &)> transport;
    Sleeper sleeper;
    std::chrono::milliseconds kdfTarget{500};
    QString deviceName;
    // How long a sync waits for another process that is synchronizing the same profile.
    std::chrono::milliseconds lockWait{120'000};
};

std::function<std::unique_ptr<Transport>(const TrustPolicy &)> httpsTransport();

} // namespace vaultlink
