#include "src/net/backoff.h"
#include "tests/unit/support/doubles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

using namespace vaultlink;
using std::chrono::milliseconds;
using vaultlink::testing::FixedRandom;

namespace {

constexpr Backoff::Limits kLimits{milliseconds(100), milliseconds(1000), 6};

std::vector<milliseconds> drain(Backoff &backoff) {
    std::vector<milliseconds> delays;
    while (const auto delay = backoff.next())
        delays.push_back(*delay);
    return delays;
}

TEST(Backoff, DelaysStayWithinTheDoublingCeilingAndTheCap) {
    FixedRandom random(-1);
    for (int run = 0; run < 50; ++run) {
        Backoff backoff(random, kLimits);
        const std::vector<milliseconds> delays = drain(backoff);
        ASSERT_EQ(delays.size(), 6u);
        for (std::size_t n = 0; n < delays.size(); ++n) {
            const milliseconds ceiling = std::min(milliseconds(1000), milliseconds(100 << n));
            EXPECT_GE(delays[n].count(), 0);
            EXPECT_LE(delays[n], ceiling) << "retry " << n;
        }
    }
}

// Hands out chosen 64-bit values, most significant byte first: the back-off reads one such
// value per delay and takes it modulo (ceiling + 1), so a value equal to the ceiling is the
// longest possible wait.
class ScriptedRandom final : public Random {
public:
    explicit ScriptedRandom(std::vector<std::uint64_t> values)
        : m_values(std::move(values)) {}
    void fill(unsigned char *out, std::size_t size) override {
        ASSERT_EQ(size, 8u);
        ASSERT_LT(m_next, m_values.size());
        const std::uint64_t value = m_values[m_next++];
        for (std::size_t i = 0; i < 8; ++i)
            out[i] = static_cast<unsigned char>(value >> (8 * (7 - i)));
    }

private:
    std::vector<std::uint64_t> m_values;
    std::size_t m_next = 0;
};

TEST(Backoff, TheLongestWaitDoublesFromTheBaseUpToTheCap) {
    ScriptedRandom random({100, 200, 400, 800, 1000, 1000});
    Backoff backoff(random, kLimits);
    const std::vector<milliseconds> delays = drain(backoff);
    const std::vector<milliseconds> expected = {milliseconds(100),  milliseconds(200),
                                                milliseconds(400),  milliseconds(800),
                                                milliseconds(1000), milliseconds(1000)};
    EXPECT_EQ(delays, expected);
}

TEST(Backoff, DrawsBeyondTheCeilingWrapIntoIt) {
    ScriptedRandom random({101, 201, 401 * 3 + 17});
    Backoff backoff(random, {milliseconds(100), milliseconds(1000), 3});
    EXPECT_EQ(backoff.next(), milliseconds(0));
    EXPECT_EQ(backoff.next(), milliseconds(0));
    EXPECT_EQ(backoff.next(), milliseconds(17));
}

TEST(Backoff, CeilingsGrowExponentially) {
    // With varying bytes, the largest delay seen per retry over many runs approaches each
    // retry's ceiling: 100, 200, 400, 800, then the 1000 cap.
    FixedRandom random(-1);
    std::vector<milliseconds> largest(6, milliseconds(0));
    for (int run = 0; run < 400; ++run) {
        Backoff backoff(random, kLimits);
        const std::vector<milliseconds> delays = drain(backoff);
        for (std::size_t n = 0; n < delays.size(); ++n)
            largest[n] = std::max(largest[n], delays[n]);
    }
    EXPECT_GT(largest[0], milliseconds(50));
    EXPECT_LE(largest[0], milliseconds(100));
    EXPECT_GT(largest[1], milliseconds(100));
    EXPECT_GT(largest[2], milliseconds(200));
    EXPECT_GT(largest[3], milliseconds(400));
    EXPECT_GT(largest[4], milliseconds(800));
    EXPECT_LE(largest[5], milliseconds(1000));
}

TEST(Backoff, ZeroBytesGiveNoWait) {
    FixedRandom random(0);
    Backoff backoff(random, kLimits);
    for (const milliseconds delay : drain(backoff))
        EXPECT_EQ(delay, milliseconds(0));
}

TEST(Backoff, StopsAfterMaxRetries) {
    FixedRandom random(7);
    Backoff backoff(random, {milliseconds(10), milliseconds(100), 3});
    EXPECT_TRUE(backoff.next().has_value());
    EXPECT_TRUE(backoff.next().has_value());
    EXPECT_TRUE(backoff.next().has_value());
    EXPECT_EQ(backoff.retries(), 3);
    EXPECT_FALSE(backoff.next().has_value());
    EXPECT_FALSE(backoff.next().has_value());
    EXPECT_EQ(backoff.retries(), 3);
}

TEST(Backoff, NoRetriesMeansNoDelayAtAll) {
    FixedRandom random(7);
    Backoff backoff(random, {milliseconds(10), milliseconds(100), 0});
    EXPECT_FALSE(backoff.next().has_value());
    EXPECT_EQ(random.fills, 0);
}

TEST(Backoff, ResetStartsOverFromTheBaseDelay) {
    FixedRandom random(-1);
    Backoff backoff(random, {milliseconds(10), milliseconds(100000), 2});
    drain(backoff);
    EXPECT_FALSE(backoff.next().has_value());
    backoff.reset();
    EXPECT_EQ(backoff.retries(), 0);
    const auto first = backoff.next();
    ASSERT_TRUE(first.has_value());
    EXPECT_LE(*first, milliseconds(10));
}

TEST(Backoff, AHugeRetryCountNeitherOverflowsNorExceedsTheCap) {
    FixedRandom random(-1);
    Backoff backoff(random, {milliseconds(250), milliseconds(8000), 200});
    const std::vector<milliseconds> delays = drain(backoff);
    ASSERT_EQ(delays.size(), 200u);
    for (const milliseconds delay : delays) {
        EXPECT_GE(delay.count(), 0);
        EXPECT_LE(delay, milliseconds(8000));
    }
}

TEST(Backoff, DefaultLimitsAreBounded) {
    FixedRandom random(-1);
    Backoff backoff(random);
    const std::vector<milliseconds> delays = drain(backoff);
    EXPECT_EQ(static_cast<int>(delays.size()), Backoff::Limits{}.maxRetries);
    for (const milliseconds delay : delays)
        EXPECT_LE(delay, Backoff::Limits{}.cap);
}

TEST(Backoff, ThreadSleeperWaits) {
    const Sleeper sleep = threadSleeper();
    const auto start = std::chrono::steady_clock::now();
    sleep(milliseconds(20));
    EXPECT_GE(std::chrono::steady_clock::now() - start, milliseconds(20));
}

} // namespace
