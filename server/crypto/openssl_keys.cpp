#include "server/crypto/openssl_keys.h"

#include <openssl/x509.h>

namespace vaultlink::server::openssl {

KeyPtr parseSpki(const QByteArray &spkiDer) {
    const auto *cursor = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    KeyPtr key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(spkiDer.size())), &EVP_PKEY_free);
    if (key &&
        cursor != reinterpret_cast<const unsigned char *>(spkiDer.constData()) + spkiDer.size())
        key.reset();
    return key;
}

} // namespace vaultlink::server::openssl
