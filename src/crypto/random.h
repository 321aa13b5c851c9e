#pragma once

#include "src/crypto/secure_buffer.h"

#include <QByteArray>

namespace vaultlink {

// Where keys, salts and nonces come from; tests inject a deterministic source.
class Random {
public:
    virtual ~Random() = default;
    virtual void fill(unsigned char *out, std::size_t size) = 0;

    QByteArray bytes(int count);
    SecureBuffer secret(std::size_t count);
};

// The operating system's generator, through OpenSSL.
class SystemRandom final : public Random {
public:
    void fill(unsigned char *out, std::size_t size) override;
};

} // namespace vaultlink
