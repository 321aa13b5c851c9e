#include "server/crypto/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace vaultlink::server {

struct Sha256::State {
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    // Fetched once: EVP_sha256() and the one-shot SHA256() look the algorithm up at every call.
    EVP_MD *algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
};

Sha256::Sha256()
    : m_state(new State) {
    if (!m_state->context || !m_state->algorithm) {
        EVP_MD_CTX_free(m_state->context);
        EVP_MD_free(m_state->algorithm);
        delete m_state;
        throw std::runtime_error("OpenSSL cannot make a SHA-256 context");
    }
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(m_state->context);
    EVP_MD_free(m_state->algorithm);
    delete m_state;
}

Sha256::Digest Sha256::hash(QByteArrayView data) {
    Digest out{};
    unsigned int size = 0;
    if (EVP_DigestInit_ex(m_state->context, m_state->algorithm, nullptr) != 1 ||
        EVP_DigestUpdate(m_state->context, data.data(), static_cast<size_t>(data.size())) != 1 ||
        EVP_DigestFinal_ex(m_state->context, out.data(), &size) != 1 || size != out.size())
        throw std::runtime_error("OpenSSL failed to compute a SHA-256");
    return out;
}

} // namespace vaultlink::server
