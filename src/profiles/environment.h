#pragma once

#include "src/crypto/clock.h"
#include "src/crypto/random.h"
#include "src/net/backoff.h"
#include "src/net/transport.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace vaultlink {

// What the core takes from its surroundings; a front end fills it from DeviceEnvironment, tests
// put in their own clock, randomness, network and waiting.
struct Environment {
    Random &random;
    Clock &clock;
    std::function<std::unique_ptr<Transport>(const TrustPolicy &)> transport;
    Sleeper sleeper;
    std::chrono::milliseconds kdfTarget{500};
    QString deviceName;
    // How long a sync waits for another process that is synchronizing the same profile.
    std::chrono::milliseconds lockWait{120'000};
    // The most one call to the server may wait, retries included (Backoff::Limits::callBudget);
    // zero: only the retries' count bounds it.
    std::chrono::milliseconds callBudget{0};
};

// The one place that makes the environment of a front end running on this device: the system's
// clock and randomness, HTTPS through Qt with the given timeout (the whole wait of one call to
// the server, its retries included), real waits, the key-derivation
// target (VAULTLINK_KDF_MS lowers it for tests; the KDF never goes below OWASP's minimum
// whatever is asked) and the name the server shows for this device ("<program> on <host>").
// Making it sets the process's umask to 077: every file the process creates is owner-only.
class DeviceEnvironment {
public:
    explicit DeviceEnvironment(const QString &program,
                               std::chrono::milliseconds timeout = std::chrono::seconds(30));
    DeviceEnvironment(const DeviceEnvironment &) = delete;
    DeviceEnvironment &operator=(const DeviceEnvironment &) = delete;

    const Environment &environment() const { return m_environment; }

private:
    SystemClock m_clock;
    SystemRandom m_random;
    Environment m_environment;
};

// Where the profiles live: `chosen` (a command-line option) when given, else
// $VAULTLINK_DATA_DIR, else the platform's app-data folder.
QString dataDirectory(const QString &chosen = {});

} // namespace vaultlink
