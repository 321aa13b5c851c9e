#pragma once

#include "src/crypto/random.h"

namespace vaultlink::test {

// Deterministic, and different on every call: byte i of call k is (k * 31 + i) mod 256.
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

} // namespace vaultlink::test
