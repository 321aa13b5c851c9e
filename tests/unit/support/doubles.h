#pragma once

// The client tests' stand-ins for the core's seams of randomness and time, and the helpers every
// test file would otherwise write again. One copy, so that a seam's fake behaves the same in
// every test that uses it.

#include "src/crypto/clock.h"
#include "src/crypto/random.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <random>

// gtest prints Qt's strings as text, not as bytes.
inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *os) {
    *os << '"' << bytes.toStdString() << '"';
}

namespace vaultlink::testing {

// Deterministic, and different on every call: byte i of call k is (k * 31 + i) mod 256. For
// keys, salts and ids that must differ from each other but repeat from run to run.
class SeqRandom final : public Random {
public:
    void fill(unsigned char *out, std::size_t size) override {
        for (std::size_t i = 0; i < size; ++i)
            out[i] = static_cast<unsigned char>((m_calls * 31 + i) & 0xFF);
        ++m_calls;
    }

private:
    std::size_t m_calls = 1;
};

// The same byte in every position of every draw (0x00: a back-off's shortest delay, 0xff its
// longest); a negative byte gives varied but repeatable bytes instead. Counts its draws.
class FixedRandom final : public Random {
public:
    explicit FixedRandom(int byte = 0x5a)
        : m_byte(byte) {}
    void fill(unsigned char *out, std::size_t size) override {
        for (std::size_t i = 0; i < size; ++i)
            out[i] = m_byte >= 0 ? static_cast<unsigned char>(m_byte)
                                 : static_cast<unsigned char>(m_counter++ * 37 + 11);
        ++fills;
    }
    int fills = 0;

private:
    int m_byte;
    unsigned m_counter = 0;
};

// A seeded pseudo-random generator: repeatable like the two above, but with the statistics of a
// real source, for tests that count how evenly something draws (SeqRandom's bytes repeat every
// 256 draws, and FixedRandom's never change).
class SeededRandom final : public Random {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed) {}
    void fill(unsigned char *out, std::size_t size) override {
        for (std::size_t i = 0; i < size; ++i)
            out[i] = static_cast<unsigned char>(m_engine() & 0xFF);
    }

private:
    std::mt19937_64 m_engine;
};

// A clock that stands still until a test moves it (forwards or back, as a user's can).
class TestClock final : public Clock {
public:
    QDateTime now() const override { return time; }
    void advance(qint64 seconds) { time = time.addSecs(seconds); }
    QDateTime time = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
};

// The exception of type E that `call` throws; records a test failure when it throws none (and
// then returns what `fallback` makes, so that the test can go on to its next check).
template <typename E>
E thrownBy(const std::function<void()> &call, const std::function<E()> &fallback) {
    try {
        call();
    } catch (const E &error) {
        return error;
    }
    ADD_FAILURE() << "nothing was thrown";
    return fallback();
}

} // namespace vaultlink::testing
