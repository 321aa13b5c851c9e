#include "src/crypto/random.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace vaultlink {

QByteArray Random::bytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    fill(reinterpret_cast<unsigned char *>(out.data()), static_cast<std::size_t>(count));
    return out;
}

SecureBuffer Random::secret(std::size_t count) {
    SecureBuffer out(count);
    fill(out.data(), count);
    return out;
}

void SystemRandom::fill(unsigned char *out, std::size_t size) {
    if (size > 0 && RAND_bytes(out, static_cast<int>(size)) != 1)
        throw std::runtime_error("the system random generator failed");
}

} // namespace vaultlink
