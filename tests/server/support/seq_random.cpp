#include "tests/server/support/seq_random.h"

#include <QCryptographicHash>

namespace vaultlink::server::test {

QByteArray SeqRandom::bytes(int count) {
    QByteArray out;
    while (out.size() < count)
        out +=
            QCryptographicHash::hash(QByteArray::number(m_counter++), QCryptographicHash::Sha256);
    return out.left(count);
}

} // namespace vaultlink::server::test
