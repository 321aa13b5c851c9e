// What a phone sends for device-key login below the JSON (server/crypto/device_key): the DER
// SubjectPublicKeyInfo of PUT /device/key and the DER signature of POST /auth/device-login, both
// read by OpenSSL through the server's wrapper.
//
// Input: byte 0 even: the rest is a public key, checked, and when taken used to verify a
// signature; odd: the rest is a signature of the message below, verified with the key below
// (the corpus holds signatures its private key made, for the fuzzer to bend).
//
// A key is taken exactly as it came; only a canonical DER signature verifies; and OpenSSL's
// error queue, which the TLS connections of the server's thread read too, is left empty.

#include "server/crypto/device_key.h"
#include "tests/fuzz/fuzz_target.h"

#include <openssl/ecdsa.h>
#include <openssl/err.h>

using namespace vaultlink::server;

namespace {

const QByteArray &fixedKey() {
    static const QByteArray key = QByteArray::fromBase64(
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7yaAcHB0OCx4JFH6jp9suewyInZFzAZhrKV4gXyr+maRXAxOgLNd"
        "XcXAjzkhYIwLSluK90ZYSv83rxjkP5ogig==");
    return key;
}

constexpr char kMessage[] = "vaultlink-device-login-v1\nchallenge\n1\nalice\ndevice-1";

// The DER of the signature as OpenSSL writes it back.
QByteArray reencoded(const QByteArray &signature) {
    const auto *cursor = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *parsed = d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(signature.size()));
    if (!parsed)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(parsed, &der);
    QByteArray out =
        length > 0 ? QByteArray(reinterpret_cast<const char *>(der), length) : QByteArray();
    OPENSSL_free(der);
    ECDSA_SIG_free(parsed);
    ERR_clear_error();
    return out;
}

} // namespace

VAULTLINK_FUZZ_TARGET(server_device_key) {
    vaultlink::fuzz::InputReader input(data, size);
    const bool signature = input.byte() % 2 == 1;
    const QByteArray bytes = input.rest();
    VAULTLINK_FUZZ_CHECK(checkP256PublicKey(fixedKey()).has_value());
    if (!signature) {
        const std::optional<QByteArray> key = checkP256PublicKey(bytes);
        VAULTLINK_FUZZ_CHECK(ERR_peek_error() == 0);
        if (key) {
            VAULTLINK_FUZZ_CHECK(*key == bytes);
            VAULTLINK_FUZZ_CHECK(!verifyEs256(*key, kMessage, QByteArray("not a signature")));
        }
        VAULTLINK_FUZZ_CHECK(!verifyEs256(bytes, kMessage, QByteArray()));
    } else if (verifyEs256(fixedKey(), kMessage, bytes)) {
        VAULTLINK_FUZZ_CHECK(reencoded(bytes) == bytes);
        VAULTLINK_FUZZ_CHECK(!verifyEs256(fixedKey(), QByteArray(kMessage) + '.', bytes));
    }
    VAULTLINK_FUZZ_CHECK(ERR_peek_error() == 0);
}
