#include "server/common/random.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace vaultlink::server {

QByteArray SystemRandom::bytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        throw std::runtime_error("the system random generator failed");
    return out;
}

} // namespace vaultlink::server
