#pragma once

// The core's environment around the in-memory Web Application, for the tests of the profiles,
// the view-models and the QML pages (targets that link vaultlink_profiles).

#include "src/profiles/environment.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/fake_web_app.h"

namespace vaultlink::testing {

// Every transport the core makes reaches `server`; waits are skipped, the KDF is at its
// cheapest and another process's lock is waited for briefly. The clock starts at the real time
// and moves only when a test moves it.
class FakeEnvironment {
public:
    explicit FakeEnvironment(FakeWebApp &server) {
        clock.time = QDateTime::currentDateTimeUtc();
        m_environment.transport = [&server](const TrustPolicy &) {
            return std::make_unique<Forward>(server);
        };
    }
    FakeEnvironment(const FakeEnvironment &) = delete;
    FakeEnvironment &operator=(const FakeEnvironment &) = delete;

    const Environment &environment() const { return m_environment; }

    SystemRandom random;
    TestClock clock;

private:
    Environment m_environment{random,
                              clock,
                              {},
                              [](std::chrono::milliseconds) {},
                              std::chrono::milliseconds(1),
                              QStringLiteral("test device"),
                              std::chrono::milliseconds(50)};
};

} // namespace vaultlink::testing
