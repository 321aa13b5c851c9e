#pragma once

#include <QByteArray>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace vaultlink::server::test {

// A key pair made with OpenSSL, as a phone's key store makes one: its public half as the DER
// SubjectPublicKeyInfo a device registers, and ECDSA-SHA256 signatures in DER.
class TestKey {
public:
    // A new random key: "P-256" (what the server takes), or another EC curve ("P-384"), or
    // "ED25519" (not EC at all).
    explicit TestKey(const char *kind = "P-256");

    QByteArray spki() const;
    // The same public key with its point compressed (still a valid P-256 key).
    QByteArray compressedSpki() const;
    QByteArray sign(const QByteArray &message) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace vaultlink::server::test
