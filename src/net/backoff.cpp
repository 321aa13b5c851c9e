#include "src/net/backoff.h"

#include "src/crypto/random.h"

#include <algorithm>
#include <cstdint>
#include <thread>

namespace vaultlink {

namespace {
// A draw from [0, bound]. The modulo bias of a 64-bit value is below 2^-40 for any delay a
// back-off uses, far too small to matter for spreading clients apart.
std::uint64_t drawUpTo(Random &random, std::uint64_t bound) {
    if (bound == 0)
        return 0;
    unsigned char bytes[8];
    random.fill(bytes, sizeof bytes);
    std::uint64_t value = 0;
    for (const unsigned char byte : bytes)
        value = (value << 8) | byte;
    return value % (bound + 1);
}
} // namespace

Backoff::Backoff(Random &random, Limits limits)
    : m_random(random)
    , m_limits(limits) {}

Backoff::Backoff(Random &random)
    : Backoff(random, Limits{}) {}

std::optional<std::chrono::milliseconds> Backoff::next() {
    if (m_retries >= m_limits.maxRetries)
        return std::nullopt;
    const auto base = std::max<std::chrono::milliseconds::rep>(m_limits.base.count(), 0);
    const auto cap = std::max<std::chrono::milliseconds::rep>(m_limits.cap.count(), 0);
    // Doubling stops at the cap, so no shift can overflow however many retries are allowed.
    auto ceiling = std::min(base, cap);
    for (int i = 0; i < m_retries && ceiling < cap; ++i)
        ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    ++m_retries;
    return std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(
        drawUpTo(m_random, static_cast<std::uint64_t>(ceiling))));
}

void Backoff::reset() {
    m_retries = 0;
}

Sleeper threadSleeper() {
    return [](std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); };
}

} // namespace vaultlink
