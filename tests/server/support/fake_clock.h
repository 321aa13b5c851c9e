#pragma once

#include "server/common/clock.h"

namespace vaultlink::server::test {

// Time that moves only when a test says so.
class FakeClock final : public Clock {
public:
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void advanceSeconds(qint64 s) { m_now += s * 1000; }

private:
    qint64 m_now = 1'795'000'000'000; // 2026-11-18, a fixed point
};

} // namespace vaultlink::server::test
