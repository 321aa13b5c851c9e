#pragma once

#include "server/common/random.h"

namespace vaultlink::server::test {

// Deterministic bytes (SHA-256 of a counter): distinct on every call, the same in every run.
class SeqRandom final : public RandomSource {
public:
    QByteArray bytes(int count) override;

private:
    quint64 m_counter = 0;
};

} // namespace vaultlink::server::test
