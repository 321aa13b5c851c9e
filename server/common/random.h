#pragma once

#include <QByteArray>

namespace vaultlink::server {

// Tokens, salts and secrets come from here; tests substitute a deterministic source.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    virtual QByteArray bytes(int count) = 0;
};

class SystemRandom final : public RandomSource {
public:
    QByteArray bytes(int count) override;
};

} // namespace vaultlink::server
