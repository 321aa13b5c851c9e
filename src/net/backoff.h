#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace vaultlink {

class Random;

// Exponential back-off with full jitter: attempt n waits a random time in
// [0, min(cap, base * 2^n)], so that many phones that lost the server together do not return
// together. Bounded: after maxRetries waits it gives up.
class Backoff {
public:
    struct Limits {
        std::chrono::milliseconds base{250};
        std::chrono::milliseconds cap{8000};
        int maxRetries = 4;
        // The most a whole call may wait, its attempts and the waits between them together
        // (what --timeout says); zero: only maxRetries bounds it.
        std::chrono::milliseconds callBudget{0};
    };
    Backoff(Random &random, Limits limits);
    explicit Backoff(Random &random);

    std::optional<std::chrono::milliseconds> next(); // nullopt once exhausted
    void reset();
    int retries() const { return m_retries; }
    const Limits &limits() const { return m_limits; }

private:
    Random &m_random;
    Limits m_limits;
    int m_retries = 0;
};

// How the core waits between retries; tests record instead of sleeping.
using Sleeper = std::function<void(std::chrono::milliseconds)>;
Sleeper threadSleeper();

} // namespace vaultlink
