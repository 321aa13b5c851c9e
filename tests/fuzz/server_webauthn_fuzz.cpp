// What a browser sends for a security key (server/crypto/webauthn, cbor_lite): the client data,
// authenticator data and signature of a login's assertion, and the CBOR attestation object of a
// registration, all read by the server's own parsers.
//
// Input: byte 0 even: an assertion. Byte 1 holds options (bit 0: the stored key is the Ed25519
// one below, not the P-256 one; bit 1: user verification required; bit 2: a stored counter of
// 1000, not 0); then the client data and the authenticator data, each after its length in two
// big-endian bytes; the rest is the signature. The corpus holds assertions the keys' private
// halves signed, for the fuzzer to bend.
// Byte 0 odd: the rest is a registration's attestation object, with client data that passes.
//
// A verdict is the first failed check, and one that passes holds up: the other key refuses its
// signature, a changed challenge is noticed and its counter cannot be used twice. A registration
// gives a key checkFidoPublicKey takes, or a reason. The CBOR reader's whole and prefix readings
// agree. OpenSSL's error queue is left empty.

#include "server/crypto/cbor_lite.h"
#include "server/crypto/webauthn.h"
#include "tests/fuzz/fuzz_target.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <openssl/err.h>

using namespace vaultlink::server;

namespace {

const QByteArray &p256Key() {
    static const QByteArray key = QByteArray::fromBase64(
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAET7lF4UcBCPxazpNTWnMMVzcgRG3tNiiNuwGb+k4AulLQdC44oZqN"
        "NnXMUScs7njojrRlOfiFss7YZNPtigef2Q==");
    return key;
}

const QByteArray &ed25519Key() {
    static const QByteArray key =
        QByteArray::fromBase64("MCowBQYDK2VwAyEAW359PYnkGI/FdVW4Jz93iuwUG7o/1SzDp3SPqQIEzXY=");
    return key;
}

constexpr char kChallenge[] = "vaultlink-fuzz-challenge";
constexpr char kRpId[] = "localhost";
constexpr char kOrigin[] = "https://localhost:8443";
const QString &rpId() {
    static const QString id = QString::fromLatin1(kRpId);
    return id;
}
const QStringList &origins() {
    static const QStringList accepted{QString::fromLatin1(kOrigin)};
    return accepted;
}
// base64url of kChallenge.
constexpr char kCreateClientData[] = R"({"type":"webauthn.create","challenge":)"
                                     R"("dmF1bHRsaW5rLWZ1enotY2hhbGxlbmdl",)"
                                     R"("origin":"https://localhost:8443","crossOrigin":false})";

// Splits the input into its pieces; a piece past the end is what is left.
class Pieces {
public:
    Pieces(const std::uint8_t *data, std::size_t size)
        : m_data(vaultlink::fuzz::bytes(data, size)) {}

    quint8 byte() {
        const QByteArray one = take(1);
        return one.isEmpty() ? 0 : static_cast<quint8>(one[0]);
    }
    QByteArray counted() {
        const QByteArray length = take(2);
        return take(length.size() == 2 ? qFromBigEndian<quint16>(length.constData()) : 0);
    }
    QByteArray rest() { return take(m_data.size() - m_pos); }

private:
    QByteArray take(qsizetype count) {
        QByteArray piece = m_data.mid(m_pos, count);
        m_pos += piece.size();
        return piece;
    }

    QByteArray m_data;
    qsizetype m_pos = 0;
};

AssertionExpectation expectation(bool requireUserVerification) {
    return AssertionExpectation{kChallenge, rpId(), origins(), requireUserVerification};
}

// The properties a passing assertion has beyond its verdict.
void checkPassed(const FidoCredentialKey &key, const AssertionExpectation &expected,
                 const FidoAssertion &assertion, quint32 signCount) {
    const QByteArray &authData = assertion.authenticatorData;
    VAULTLINK_FUZZ_CHECK(authData.size() >= 37);
    VAULTLINK_FUZZ_CHECK(authData.first(32) ==
                         QCryptographicHash::hash(kRpId, QCryptographicHash::Sha256));
    VAULTLINK_FUZZ_CHECK((authData[32] & 0x01) != 0);
    VAULTLINK_FUZZ_CHECK(signCount == qFromBigEndian<quint32>(authData.constData() + 33));
    VAULTLINK_FUZZ_CHECK(signCount == 0 || signCount > key.signCount);

    FidoCredentialKey other = key;
    const bool es256 = key.algorithm == FidoAlgorithm::Es256;
    other.algorithm = es256 ? FidoAlgorithm::EdDsa : FidoAlgorithm::Es256;
    other.publicKeySpki = es256 ? ed25519Key() : p256Key();
    VAULTLINK_FUZZ_CHECK(verifyAssertion(other, expected, assertion).fault ==
                         AssertionFault::BadSignature);

    AssertionExpectation otherLogin = expected;
    otherLogin.challenge += '!';
    VAULTLINK_FUZZ_CHECK(verifyAssertion(key, otherLogin, assertion).fault ==
                         AssertionFault::ChallengeMismatch);

    FidoCredentialKey after = key;
    after.signCount = signCount;
    const AssertionFault again = verifyAssertion(after, expected, assertion).fault;
    VAULTLINK_FUZZ_CHECK(
        again == (signCount == 0 ? AssertionFault::None : AssertionFault::CounterRegressed));
}

void assertion(Pieces &input) {
    const quint8 options = input.byte();
    FidoCredentialKey key;
    key.algorithm = (options & 1) != 0 ? FidoAlgorithm::EdDsa : FidoAlgorithm::Es256;
    key.publicKeySpki = (options & 1) != 0 ? ed25519Key() : p256Key();
    key.signCount = (options & 4) != 0 ? 1000 : 0;
    const AssertionExpectation expected = expectation((options & 2) != 0);
    FidoAssertion assertion;
    assertion.clientDataJson = input.counted();
    assertion.authenticatorData = input.counted();
    assertion.signature = input.rest();

    const AssertionVerdict verdict = verifyAssertion(key, expected, assertion);
    VAULTLINK_FUZZ_CHECK(ERR_peek_error() == 0);
    VAULTLINK_FUZZ_CHECK(assertionFaultCode(verdict.fault).isEmpty() ==
                         (verdict.fault == AssertionFault::None));
    if (verdict.fault == AssertionFault::Malformed)
        VAULTLINK_FUZZ_CHECK(verdict.signCount == 0);
    if (verdict.fault == AssertionFault::None)
        checkPassed(key, expected, assertion, verdict.signCount);
    VAULTLINK_FUZZ_CHECK(ERR_peek_error() == 0);
}

void cbor(const QByteArray &bytes) {
    qsizetype length = -1;
    const std::optional<CborItem> prefix = decodeCborPrefix(bytes, &length);
    const std::optional<CborItem> whole = decodeCbor(bytes);
    VAULTLINK_FUZZ_CHECK(prefix.has_value() == (length > 0));
    VAULTLINK_FUZZ_CHECK(length <= bytes.size());
    VAULTLINK_FUZZ_CHECK(whole.has_value() == (prefix && length == bytes.size()));
    if (prefix) {
        VAULTLINK_FUZZ_CHECK(decodeCbor(bytes.first(length)).has_value());
        VAULTLINK_FUZZ_CHECK(!decodeCbor(bytes.first(length) + '\0'));
    }
}

void registration(const QByteArray &attestationObject) {
    const RegistrationExpectation expected{kChallenge, rpId(), origins(), false};
    QString why;
    const std::optional<FidoRegistration> registered =
        verifyRegistration(expected, kCreateClientData, attestationObject, &why);
    VAULTLINK_FUZZ_CHECK(ERR_peek_error() == 0);
    VAULTLINK_FUZZ_CHECK(registered.has_value() == why.isEmpty());
    if (registered) {
        VAULTLINK_FUZZ_CHECK(!registered->credentialId.isEmpty());
        VAULTLINK_FUZZ_CHECK(registered->credentialId.size() <= 1023);
        VAULTLINK_FUZZ_CHECK(checkFidoPublicKey(registered->algorithm, registered->publicKeySpki) ==
                             registered->publicKeySpki);
        VAULTLINK_FUZZ_CHECK(decodeCbor(attestationObject).has_value());
        // The same object is refused for another relying party.
        RegistrationExpectation elsewhere = expected;
        elsewhere.rpId = QStringLiteral("example.com");
        VAULTLINK_FUZZ_CHECK(
            !verifyRegistration(elsewhere, kCreateClientData, attestationObject, nullptr));
    }
    VAULTLINK_FUZZ_CHECK(ERR_peek_error() == 0);
}

} // namespace

VAULTLINK_FUZZ_TARGET(server_webauthn) {
    Pieces input(data, size);
    if (input.byte() % 2 == 0) {
        assertion(input);
    } else {
        const QByteArray object = input.rest();
        cbor(object);
        registration(object);
    }
}
