// WebAuthn below HTTP (server/crypto/webauthn, cbor_lite): the assertions a security key signs
// for a login, the registrations a browser hands over, and the CBOR they are written in. Keys are
// made here with OpenSSL, as an authenticator makes them, and the CBOR by a small encoder of the
// test's own.
#include "server/crypto/cbor_lite.h"
#include "server/crypto/webauthn.h"
#include "tests/server/support/test_key.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <functional>
#include <initializer_list>
#include <limits>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <utility>
#include <vector>

using namespace vaultlink::server;
using vaultlink::server::test::TestKey;

namespace vaultlink::server {
// gtest's name for the algorithm in its messages, found by argument-dependent lookup.
void PrintTo(FidoAlgorithm algorithm, std::ostream *out) {
    *out << fidoAlgorithmName(algorithm).toStdString();
}
} // namespace vaultlink::server

namespace {

// Functions rather than constants: a Qt string's construction at start-up could throw where nothing
// catches it.
QByteArray issuedChallenge() {
    return QByteArray::fromHex("8f3a09c1d2e4b5a6978877665544332211ffeeddccbbaa99"
                               "0011223344556677");
}
QString ourRpId() {
    return QStringLiteral("localhost");
}
QString ourOrigin() {
    return QStringLiteral("https://localhost:8443");
}

constexpr quint8 kUp = 0x01;
constexpr quint8 kUv = 0x04;
constexpr quint8 kAt = 0x40;
constexpr quint8 kEd = 0x80;

QByteArray sha256(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray base64Url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A credential's key pair as an authenticator holds it.
class FidoKey {
public:
    explicit FidoKey(FidoAlgorithm algorithm)
        : m_algorithm(algorithm)
        , m_key(algorithm == FidoAlgorithm::Es256
                    ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                    : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"),
                &EVP_PKEY_free) {
        if (!m_key)
            throw std::runtime_error("cannot make a FIDO test key");
    }

    FidoAlgorithm algorithm() const { return m_algorithm; }

    QByteArray spki() const {
        unsigned char *der = nullptr;
        const int length = i2d_PUBKEY(m_key.get(), &der);
        if (length <= 0)
            throw std::runtime_error("i2d_PUBKEY failed");
        QByteArray out(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        return out;
    }

    QByteArray pem() const {
        const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
            throw std::runtime_error("PEM_write_bio_PUBKEY failed");
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, static_cast<qsizetype>(length));
    }

    // ES256: DER ECDSA over SHA-256(message); EdDSA: the 64 bytes of Ed25519 over the message.
    QByteArray sign(const QByteArray &message) const {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                        &EVP_MD_CTX_free);
        const EVP_MD *digest = m_algorithm == FidoAlgorithm::Es256 ? EVP_sha256() : nullptr;
        std::size_t length = 0;
        const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
        const auto size = static_cast<std::size_t>(message.size());
        if (!context ||
            EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, m_key.get()) != 1 ||
            EVP_DigestSign(context.get(), nullptr, &length, data, size) != 1)
            throw std::runtime_error("cannot sign with the FIDO test key");
        QByteArray signature(static_cast<qsizetype>(length), '\0');
        if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                           &length, data, size) != 1)
            throw std::runtime_error("cannot sign with the FIDO test key");
        signature.truncate(static_cast<qsizetype>(length));
        return signature;
    }

    // The raw key bytes end the DER: the uncompressed point's x and y, or Ed25519's 32 bytes.
    QByteArray x() const {
        return spki().right(m_algorithm == FidoAlgorithm::Es256 ? 64 : 32).left(32);
    }
    QByteArray y() const { return spki().right(32); }

    FidoCredentialKey credential(quint32 signCount) const {
        return FidoCredentialKey{m_algorithm, spki(), signCount};
    }

private:
    FidoAlgorithm m_algorithm;
    std::shared_ptr<EVP_PKEY> m_key;
};

// A CBOR encoder for the test's inputs: items are their encoded bytes.
namespace cbor {

QByteArray head(quint8 major, quint64 argument) {
    const auto initial = [major](quint8 info) {
        return QByteArray(1, static_cast<char>((major << 5) | info));
    };
    if (argument < 24)
        return initial(static_cast<quint8>(argument));
    int width = 8;
    quint8 info = 27;
    if (argument <= 0xff) {
        width = 1;
        info = 24;
    } else if (argument <= 0xffff) {
        width = 2;
        info = 25;
    } else if (argument <= 0xffffffffU) {
        width = 4;
        info = 26;
    }
    QByteArray out = initial(info);
    for (int shift = (width - 1) * 8; shift >= 0; shift -= 8)
        out += static_cast<char>((argument >> shift) & 0xff);
    return out;
}

QByteArray integer(qint64 value) {
    return value >= 0 ? head(0, static_cast<quint64>(value))
                      : head(1, static_cast<quint64>(-1 - value));
}
QByteArray bytes(const QByteArray &value) {
    return head(2, static_cast<quint64>(value.size())) + value;
}
QByteArray text(const QByteArray &utf8) {
    return head(3, static_cast<quint64>(utf8.size())) + utf8;
}
QByteArray array(std::initializer_list<QByteArray> items) {
    QByteArray out = head(4, items.size());
    for (const QByteArray &item : items)
        out += item;
    return out;
}
QByteArray map(std::initializer_list<std::pair<QByteArray, QByteArray>> entries) {
    QByteArray out = head(5, entries.size());
    for (const auto &[key, value] : entries)
        out += key + value;
    return out;
}

} // namespace cbor

// A COSE_Key: kty (1), alg (3), crv (-1), x (-2) and, when given, y (-3).
QByteArray coseKey(qint64 kty, qint64 alg, qint64 crv, const QByteArray &x,
                   const std::optional<QByteArray> &y = std::nullopt) {
    QByteArray out = cbor::head(5, y ? 5 : 4) + cbor::integer(1) + cbor::integer(kty) +
                     cbor::integer(3) + cbor::integer(alg) + cbor::integer(-1) +
                     cbor::integer(crv) + cbor::integer(-2) + cbor::bytes(x);
    if (y)
        out += cbor::integer(-3) + cbor::bytes(*y);
    return out;
}

QByteArray coseKeyOf(const FidoKey &key) {
    if (key.algorithm() == FidoAlgorithm::Es256)
        return coseKey(2, -7, 1, key.x(), key.y());
    return coseKey(1, -8, 6, key.x());
}

QByteArray clientData(const QString &type, const QByteArray &challenge, const QString &origin) {
    QJsonObject object;
    object.insert(QStringLiteral("type"), type);
    object.insert(QStringLiteral("challenge"), QString::fromLatin1(base64Url(challenge)));
    object.insert(QStringLiteral("origin"), origin);
    object.insert(QStringLiteral("crossOrigin"), false);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray authDataHead(const QString &rpId, quint8 flags, quint32 counter) {
    QByteArray out = sha256(rpId.toUtf8());
    out += static_cast<char>(flags);
    char big[4];
    qToBigEndian(counter, big);
    out += QByteArray(big, 4);
    return out;
}

QByteArray attestedCredentialData(const QByteArray &credentialId, const QByteArray &coseKey) {
    QByteArray out = QByteArray::fromHex("cb69481e8ff7403993ec0a2729a154a8"); // an AAGUID
    char length[2];
    qToBigEndian(static_cast<quint16>(credentialId.size()), length);
    out += QByteArray(length, 2);
    return out + credentialId + coseKey;
}

QByteArray attestationObject(const QByteArray &authData) {
    return cbor::map({{cbor::text("fmt"), cbor::text("none")},
                      {cbor::text("attStmt"), cbor::map({})},
                      {cbor::text("authData"), cbor::bytes(authData)}});
}

AssertionExpectation expectation() {
    return AssertionExpectation{issuedChallenge(),
                                ourRpId(),
                                {QStringLiteral("https://vault.example.com"), ourOrigin()},
                                false};
}

// ---- Assertions ----

// One login's inputs, before the authenticator signs them; a case alters one thing.
struct Scenario {
    QString type = QStringLiteral("webauthn.get");
    QByteArray challenge = issuedChallenge();
    QString origin = ourOrigin();
    QString rpId = ourRpId();
    quint8 flags = kUp | kUv;
    quint32 counter = 8;
    QByteArray authDataTail; // after the 37 fixed bytes
    std::optional<QByteArray> clientDataJson;
    AssertionExpectation expected = expectation();
    quint32 storedCounter = 7;
    // Which key the server holds for the credential: the signer's, unless a case swaps it.
    std::function<FidoCredentialKey(const FidoKey &signer, quint32 stored)> storedKey =
        [](const FidoKey &signer, quint32 stored) { return signer.credential(stored); };
    // Damage done after signing.
    std::function<void(FidoAssertion &)> afterSigning = [](FidoAssertion &) {};
};

AssertionVerdict run(const FidoKey &signer, const Scenario &scenario) {
    FidoAssertion assertion;
    assertion.clientDataJson = scenario.clientDataJson.value_or(
        clientData(scenario.type, scenario.challenge, scenario.origin));
    assertion.authenticatorData =
        authDataHead(scenario.rpId, scenario.flags, scenario.counter) + scenario.authDataTail;
    assertion.signature =
        signer.sign(assertion.authenticatorData + sha256(assertion.clientDataJson));
    scenario.afterSigning(assertion);
    return verifyAssertion(scenario.storedKey(signer, scenario.storedCounter), scenario.expected,
                           assertion);
}

struct AssertionCase {
    const char *name;
    std::function<void(Scenario &)> alter;
    AssertionFault fault;
    quint32 counter; // the verdict's
};

std::vector<AssertionCase> assertionCases() {
    return {
        {"Good", [](Scenario &) {}, AssertionFault::None, 8},
        {"WrongChallenge", [](Scenario &s) { s.challenge[0] = 'x'; },
         AssertionFault::ChallengeMismatch, 8},
        {"ChallengeOfOtherLength", [](Scenario &s) { s.challenge.chop(1); },
         AssertionFault::ChallengeMismatch, 8},
        {"ChallengePadded",
         [](Scenario &s) {
             s.clientDataJson = QByteArray(R"({"type":"webauthn.get","challenge":")") +
                                base64Url(issuedChallenge()) + R"(==","origin":")" +
                                ourOrigin().toUtf8() + "\"}";
         },
         AssertionFault::ChallengeMismatch, 8},
        {"NoChallengeIssued",
         [](Scenario &s) {
             s.expected.challenge.clear();
             s.challenge.clear();
         },
         AssertionFault::ChallengeMismatch, 8},
        {"WrongOrigin", [](Scenario &s) { s.origin = QStringLiteral("https://localhost:8444"); },
         AssertionFault::OriginMismatch, 8},
        {"OriginWithTrailingSlash", [](Scenario &s) { s.origin += QLatin1Char('/'); },
         AssertionFault::OriginMismatch, 8},
        {"WrongRpId", [](Scenario &s) { s.rpId = QStringLiteral("example.com"); },
         AssertionFault::RpIdMismatch, 8},
        {"ExpectedRpIdDiffers", [](Scenario &s) { s.expected.rpId = QStringLiteral("localhost."); },
         AssertionFault::RpIdMismatch, 8},
        {"UserNotPresent", [](Scenario &s) { s.flags = kUv; }, AssertionFault::UserNotPresent, 8},
        {"UserNotVerifiedWhenRequired",
         [](Scenario &s) {
             s.flags = kUp;
             s.expected.requireUserVerification = true;
         },
         AssertionFault::UserNotVerified, 8},
        {"UserVerifiedWhenRequired", [](Scenario &s) { s.expected.requireUserVerification = true; },
         AssertionFault::None, 8},
        {"UserNotVerifiedWhenNotRequired", [](Scenario &s) { s.flags = kUp; }, AssertionFault::None,
         8},
        {"FlippedSignatureByte",
         [](Scenario &s) {
             s.afterSigning = [](FidoAssertion &a) { a.signature[a.signature.size() / 2] ^= 0x01; };
         },
         AssertionFault::BadSignature, 8},
        {"NoSignature",
         [](Scenario &s) { s.afterSigning = [](FidoAssertion &a) { a.signature.clear(); }; },
         AssertionFault::BadSignature, 8},
        {"ClientDataChangedAfterSigning",
         [](Scenario &s) { s.afterSigning = [](FidoAssertion &a) { a.clientDataJson += ' '; }; },
         AssertionFault::BadSignature, 8},
        {"CounterChangedAfterSigning",
         [](Scenario &s) {
             s.afterSigning = [](FidoAssertion &a) { a.authenticatorData[36] = 9; };
         },
         AssertionFault::BadSignature, 9},
        {"AnotherKeyOfTheAlgorithm",
         [](Scenario &s) {
             s.storedKey = [](const FidoKey &signer, quint32 stored) {
                 return FidoKey(signer.algorithm()).credential(stored);
             };
         },
         AssertionFault::BadSignature, 8},
        {"KeyOfTheOtherAlgorithm",
         [](Scenario &s) {
             s.storedKey = [](const FidoKey &signer, quint32 stored) {
                 return FidoKey(signer.algorithm() == FidoAlgorithm::Es256 ? FidoAlgorithm::EdDsa
                                                                           : FidoAlgorithm::Es256)
                     .credential(stored);
             };
         },
         AssertionFault::BadSignature, 8},
        {"SignersKeyStoredUnderTheOtherAlgorithm",
         [](Scenario &s) {
             s.storedKey = [](const FidoKey &signer, quint32 stored) {
                 FidoCredentialKey key = signer.credential(stored);
                 key.algorithm = key.algorithm == FidoAlgorithm::Es256 ? FidoAlgorithm::EdDsa
                                                                       : FidoAlgorithm::Es256;
                 return key;
             };
         },
         AssertionFault::BadSignature, 8},
        {"P384Key",
         [](Scenario &s) {
             s.storedKey = [](const FidoKey &signer, quint32 stored) {
                 return FidoCredentialKey{signer.algorithm(), TestKey("P-384").spki(), stored};
             };
         },
         AssertionFault::BadSignature, 8},
        {"CounterEqualToStored", [](Scenario &s) { s.counter = 7; },
         AssertionFault::CounterRegressed, 7},
        {"CounterBelowStored", [](Scenario &s) { s.counter = 3; }, AssertionFault::CounterRegressed,
         3},
        {"CounterZeroAfterNonzero", [](Scenario &s) { s.counter = 0; },
         AssertionFault::CounterRegressed, 0},
        {"BothCountersZero",
         [](Scenario &s) {
             s.counter = 0;
             s.storedCounter = 0;
         },
         AssertionFault::None, 0},
        {"FirstCounterAfterZero", [](Scenario &s) { s.storedCounter = 0; }, AssertionFault::None,
         8},
        {"CounterAtItsTop", [](Scenario &s) { s.counter = 0xffffffffU; }, AssertionFault::None,
         0xffffffffU},
        {"TruncatedAuthData",
         [](Scenario &s) {
             s.afterSigning = [](FidoAssertion &a) { a.authenticatorData.chop(1); };
         },
         AssertionFault::Malformed, 0},
        {"EmptyAuthData",
         [](Scenario &s) {
             s.afterSigning = [](FidoAssertion &a) { a.authenticatorData.clear(); };
         },
         AssertionFault::Malformed, 0},
        {"BytesAfterAuthDataWithoutExtensions", [](Scenario &s) { s.authDataTail = "\xa0"; },
         AssertionFault::Malformed, 0},
        {"Extensions",
         [](Scenario &s) {
             s.flags |= kEd;
             s.authDataTail = cbor::map({{cbor::text("credProtect"), cbor::integer(2)}});
         },
         AssertionFault::None, 8},
        {"ExtensionsFlagWithoutMap", [](Scenario &s) { s.flags |= kEd; }, AssertionFault::Malformed,
         0},
        {"ExtensionsNotAMap",
         [](Scenario &s) {
             s.flags |= kEd;
             s.authDataTail = cbor::array({});
         },
         AssertionFault::Malformed, 0},
        {"AttestedCredentialInAnAssertion", [](Scenario &s) { s.flags |= kAt; },
         AssertionFault::Malformed, 0},
        {"ClientDataNotJson", [](Scenario &s) { s.clientDataJson = QByteArray("{\"type\":"); },
         AssertionFault::Malformed, 0},
        {"ClientDataAnArray", [](Scenario &s) { s.clientDataJson = QByteArray("[]"); },
         AssertionFault::Malformed, 0},
        {"ClientDataWithoutOrigin",
         [](Scenario &s) {
             s.clientDataJson = QByteArray(R"({"type":"webauthn.get","challenge":")") +
                                base64Url(issuedChallenge()) + "\"}";
         },
         AssertionFault::Malformed, 0},
        {"ClientDataChallengeNotAString",
         [](Scenario &s) {
             s.clientDataJson = QByteArray(R"({"type":"webauthn.get","challenge":1,"origin":")") +
                                ourOrigin().toUtf8() + "\"}";
         },
         AssertionFault::Malformed, 0},
        {"WrongType", [](Scenario &s) { s.type = QStringLiteral("webauthn.create"); },
         AssertionFault::WrongType, 8},
        {"TypeInOtherCase", [](Scenario &s) { s.type = QStringLiteral("WebAuthn.get"); },
         AssertionFault::WrongType, 8},
        // Two faults: the first in L2 §7.2's order is the one reported.
        {"WrongOriginAndUserNotPresent",
         [](Scenario &s) {
             s.origin = QStringLiteral("https://evil.example");
             s.flags = 0;
         },
         AssertionFault::OriginMismatch, 8},
        {"WrongRpIdAndBadSignature",
         [](Scenario &s) {
             s.rpId = QStringLiteral("evil.example");
             s.afterSigning = [](FidoAssertion &a) { a.signature[4] ^= 0x10; };
         },
         AssertionFault::RpIdMismatch, 8},
        {"BadSignatureAndRegressedCounter",
         [](Scenario &s) {
             s.counter = 1;
             s.afterSigning = [](FidoAssertion &a) { a.signature[4] ^= 0x10; };
         },
         AssertionFault::BadSignature, 1},
    };
}

// Parameters by name in gtest's messages.
void PrintTo(const AssertionCase &testCase, std::ostream *out) {
    *out << testCase.name;
}

class WebauthnAssertion
    : public ::testing::TestWithParam<std::tuple<FidoAlgorithm, AssertionCase>> {};

TEST_P(WebauthnAssertion, OneAlterationOneVerdict) {
    const auto &[algorithm, testCase] = GetParam();
    const FidoKey signer(algorithm);
    Scenario scenario;
    testCase.alter(scenario);
    const AssertionVerdict verdict = run(signer, scenario);
    EXPECT_EQ(assertionFaultCode(verdict.fault), assertionFaultCode(testCase.fault));
    EXPECT_EQ(verdict.signCount, testCase.counter);
}

INSTANTIATE_TEST_SUITE_P(Cases, WebauthnAssertion,
                         ::testing::Combine(::testing::Values(FidoAlgorithm::Es256,
                                                              FidoAlgorithm::EdDsa),
                                            ::testing::ValuesIn(assertionCases())),
                         [](const ::testing::TestParamInfo<WebauthnAssertion::ParamType> &named) {
                             return fidoAlgorithmName(std::get<0>(named.param)).toStdString() +
                                    "_" + std::get<1>(named.param).name;
                         });

// S + L, the group order, satisfies the verification equation as S does (RFC 8032 §5.1.7 asks
// for the check that refuses it).
TEST(WebauthnAssertion, AnEd25519SignatureHasOneForm) {
    const FidoKey signer(FidoAlgorithm::EdDsa);
    Scenario scenario;
    scenario.afterSigning = [](FidoAssertion &assertion) {
        const QByteArray order =
            QByteArray::fromHex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        int carry = 0;
        for (int i = 0; i < 32; ++i) {
            const int sum = static_cast<quint8>(assertion.signature[32 + i]) +
                            static_cast<quint8>(order[i]) + carry;
            assertion.signature[32 + i] = static_cast<char>(sum & 0xff);
            carry = sum >> 8;
        }
    };
    EXPECT_EQ(run(signer, scenario).fault, AssertionFault::BadSignature);
}

TEST(WebauthnAssertion, FaultCodes) {
    EXPECT_EQ(assertionFaultCode(AssertionFault::None), QString());
    const std::pair<AssertionFault, const char *> codes[] = {
        {AssertionFault::Malformed, "malformed"},
        {AssertionFault::WrongType, "wrong-type"},
        {AssertionFault::ChallengeMismatch, "challenge-mismatch"},
        {AssertionFault::OriginMismatch, "origin-mismatch"},
        {AssertionFault::RpIdMismatch, "rp-id-mismatch"},
        {AssertionFault::UserNotPresent, "user-not-present"},
        {AssertionFault::UserNotVerified, "user-not-verified"},
        {AssertionFault::BadSignature, "bad-signature"},
        {AssertionFault::CounterRegressed, "counter-regressed"},
    };
    for (const auto &[fault, code] : codes)
        EXPECT_EQ(assertionFaultCode(fault), QLatin1String(code));
}

// ---- Keys ----

TEST(WebauthnKeys, AlgorithmNamesAreCoseOnes) {
    EXPECT_EQ(fidoAlgorithmNamed(QStringLiteral("ES256")), FidoAlgorithm::Es256);
    EXPECT_EQ(fidoAlgorithmNamed(QStringLiteral("EdDSA")), FidoAlgorithm::EdDsa);
    EXPECT_FALSE(fidoAlgorithmNamed(QStringLiteral("es256")));
    EXPECT_FALSE(fidoAlgorithmNamed(QStringLiteral("EDDSA")));
    EXPECT_FALSE(fidoAlgorithmNamed(QStringLiteral("RS256")));
    EXPECT_FALSE(fidoAlgorithmNamed(QString()));
    EXPECT_EQ(fidoAlgorithmName(FidoAlgorithm::Es256), QStringLiteral("ES256"));
    EXPECT_EQ(fidoAlgorithmName(FidoAlgorithm::EdDsa), QStringLiteral("EdDSA"));
}

TEST(WebauthnKeys, AKeyIsTakenOnlyForItsAlgorithm) {
    const QByteArray p256 = FidoKey(FidoAlgorithm::Es256).spki();
    const QByteArray ed25519 = FidoKey(FidoAlgorithm::EdDsa).spki();
    EXPECT_EQ(checkFidoPublicKey(FidoAlgorithm::Es256, p256), p256);
    EXPECT_EQ(checkFidoPublicKey(FidoAlgorithm::EdDsa, ed25519), ed25519);
    EXPECT_FALSE(checkFidoPublicKey(FidoAlgorithm::Es256, ed25519));
    EXPECT_FALSE(checkFidoPublicKey(FidoAlgorithm::EdDsa, p256));
    for (const FidoAlgorithm algorithm : {FidoAlgorithm::Es256, FidoAlgorithm::EdDsa}) {
        EXPECT_FALSE(checkFidoPublicKey(algorithm, TestKey("P-384").spki()));
        EXPECT_FALSE(checkFidoPublicKey(algorithm, QByteArray()));
        EXPECT_FALSE(checkFidoPublicKey(algorithm, QByteArray(44, '\0')));
    }
    EXPECT_FALSE(checkFidoPublicKey(FidoAlgorithm::EdDsa, ed25519 + '\0'));
    EXPECT_FALSE(checkFidoPublicKey(FidoAlgorithm::EdDsa, ed25519.left(ed25519.size() - 1)));
    EXPECT_FALSE(checkFidoPublicKey(FidoAlgorithm::Es256, p256 + '\0'));
}

TEST(WebauthnKeys, PemGivesTheDerOfItsOneKey) {
    for (const FidoAlgorithm algorithm : {FidoAlgorithm::Es256, FidoAlgorithm::EdDsa}) {
        const FidoKey key(algorithm);
        EXPECT_EQ(fidoPublicKeyFromPem(algorithm, key.pem()), key.spki());
        EXPECT_EQ(fidoPublicKeyFromPem(algorithm, "a comment\n" + key.pem() + "\n"), key.spki());
        EXPECT_FALSE(fidoPublicKeyFromPem(algorithm, key.pem() + FidoKey(algorithm).pem()));
        EXPECT_FALSE(fidoPublicKeyFromPem(algorithm, key.pem().left(40)));
        EXPECT_FALSE(fidoPublicKeyFromPem(algorithm, key.spki()));
        EXPECT_FALSE(fidoPublicKeyFromPem(algorithm, QByteArray()));
    }
    EXPECT_FALSE(fidoPublicKeyFromPem(FidoAlgorithm::EdDsa, FidoKey(FidoAlgorithm::Es256).pem()));
    EXPECT_FALSE(fidoPublicKeyFromPem(FidoAlgorithm::Es256, FidoKey(FidoAlgorithm::EdDsa).pem()));
}

// ---- Registration ----

// One registration's inputs; a case alters one thing.
struct Enrolment {
    QString type = QStringLiteral("webauthn.create");
    QByteArray challenge = issuedChallenge();
    QString origin = ourOrigin();
    QString rpId = ourRpId();
    quint8 flags = kUp | kUv | kAt;
    quint32 counter = 0;
    QByteArray credentialId = QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90");
    std::optional<QByteArray> coseKey; // the key's, unless set
    QByteArray authDataTail;           // after the COSE key
    // The attestation object from the authenticator data; fmt "none" unless replaced.
    std::function<QByteArray(const QByteArray &authData)> object = attestationObject;
    RegistrationExpectation expected{issuedChallenge(), ourRpId(), {ourOrigin()}, false};
};

std::optional<FidoRegistration> enrol(const FidoKey &key, const Enrolment &enrolment,
                                      QString *why) {
    QByteArray authData = authDataHead(enrolment.rpId, enrolment.flags, enrolment.counter);
    if (enrolment.flags & kAt)
        authData += attestedCredentialData(enrolment.credentialId,
                                           enrolment.coseKey.value_or(coseKeyOf(key)));
    authData += enrolment.authDataTail;
    return verifyRegistration(enrolment.expected,
                              clientData(enrolment.type, enrolment.challenge, enrolment.origin),
                              enrolment.object(authData), why);
}

class WebauthnRegistration : public ::testing::TestWithParam<FidoAlgorithm> {};

TEST_P(WebauthnRegistration, AGoodOneGivesTheCredentialThatThenSignsIn) {
    const FidoKey key(GetParam());
    Enrolment enrolment;
    enrolment.counter = 5;
    QString why = QStringLiteral("stale");
    const std::optional<FidoRegistration> registered = enrol(key, enrolment, &why);
    ASSERT_TRUE(registered.has_value()) << why.toStdString();
    EXPECT_TRUE(why.isEmpty());
    EXPECT_EQ(registered->credentialId, enrolment.credentialId);
    EXPECT_EQ(registered->algorithm, GetParam());
    EXPECT_EQ(registered->publicKeySpki, key.spki());
    EXPECT_EQ(registered->signCount, 5U);

    // The stored key verifies the authenticator's next login.
    FidoCredentialKey stored{registered->algorithm, registered->publicKeySpki,
                             registered->signCount};
    Scenario login;
    login.storedKey = [&stored](const FidoKey &, quint32) { return stored; };
    login.counter = 6;
    const AssertionVerdict verdict = run(key, login);
    EXPECT_EQ(verdict.fault, AssertionFault::None);
    EXPECT_EQ(verdict.signCount, 6U);
    login.counter = 5;
    EXPECT_EQ(run(key, login).fault, AssertionFault::CounterRegressed);
    // And only that authenticator's.
    EXPECT_EQ(run(FidoKey(GetParam()), login).fault, AssertionFault::BadSignature);
}

TEST_P(WebauthnRegistration, AnyAttestationFormatAndExtensionsAreTaken) {
    const FidoKey key(GetParam());
    Enrolment packed;
    packed.object = [](const QByteArray &authData) {
        return cbor::map(
            {{cbor::text("fmt"), cbor::text("packed")},
             {cbor::text("attStmt"),
              cbor::map({{cbor::text("alg"), cbor::integer(-7)},
                         {cbor::text("sig"), cbor::bytes(QByteArray(70, 's'))},
                         {cbor::text("x5c"), cbor::array({cbor::bytes(QByteArray(300, 'c'))})}})},
             {cbor::text("authData"), cbor::bytes(authData)}});
    };
    EXPECT_TRUE(enrol(key, packed, nullptr));

    Enrolment extensions;
    extensions.flags |= kEd;
    extensions.authDataTail = cbor::map({{cbor::text("credProtect"), cbor::integer(1)}});
    EXPECT_TRUE(enrol(key, extensions, nullptr));

    Enrolment verified;
    verified.expected.requireUserVerification = true;
    EXPECT_TRUE(enrol(key, verified, nullptr));
}

INSTANTIATE_TEST_SUITE_P(Algorithms, WebauthnRegistration,
                         ::testing::Values(FidoAlgorithm::Es256, FidoAlgorithm::EdDsa),
                         [](const ::testing::TestParamInfo<FidoAlgorithm> &named) {
                             return fidoAlgorithmName(named.param).toStdString();
                         });

struct RegistrationCase {
    const char *name;
    std::function<void(Enrolment &, const FidoKey &)> alter;
    const char *reason; // a part of the reason given
};

std::vector<RegistrationCase> registrationRefusals() {
    return {
        {"WrongType",
         [](Enrolment &e, const FidoKey &) { e.type = QStringLiteral("webauthn.get"); },
         "webauthn.create"},
        {"WrongChallenge", [](Enrolment &e, const FidoKey &) { e.challenge[3] = '!'; },
         "challenge"},
        {"WrongOrigin",
         [](Enrolment &e, const FidoKey &) { e.origin = QStringLiteral("http://localhost:8443"); },
         "origin"},
        {"RpIdMismatch",
         [](Enrolment &e, const FidoKey &) { e.rpId = QStringLiteral("example.org"); },
         "relying party id"},
        {"UserNotPresent", [](Enrolment &e, const FidoKey &) { e.flags = kAt | kUv; },
         "not present"},
        {"UserNotVerifiedWhenRequired",
         [](Enrolment &e, const FidoKey &) {
             e.flags = kAt | kUp;
             e.expected.requireUserVerification = true;
         },
         "not verified"},
        {"AtFlagMissing", [](Enrolment &e, const FidoKey &) { e.flags = kUp | kUv; },
         "attests no credential"},
        {"AtFlagMissingButDataThere",
         [](Enrolment &e, const FidoKey &key) {
             e.flags = kUp | kUv;
             e.authDataTail = attestedCredentialData(e.credentialId, coseKeyOf(key));
         },
         "attests no credential"},
        {"CoseAlgOfTheOtherKeyType",
         [](Enrolment &e, const FidoKey &key) {
             e.coseKey = key.algorithm() == FidoAlgorithm::Es256
                             ? coseKey(2, -8, 1, key.x(), key.y())
                             : coseKey(1, -7, 6, key.x());
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoseKeyTypeOfTheOtherAlg",
         [](Enrolment &e, const FidoKey &key) {
             e.coseKey = key.algorithm() == FidoAlgorithm::Es256
                             ? coseKey(1, -7, 1, key.x(), key.y())
                             : coseKey(2, -8, 6, key.x());
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoseCurveMismatch",
         [](Enrolment &e, const FidoKey &key) {
             // P-384 (crv 2) under ES256; X25519 (crv 4) under EdDSA.
             e.coseKey = key.algorithm() == FidoAlgorithm::Es256
                             ? coseKey(2, -7, 2, key.x(), key.y())
                             : coseKey(1, -8, 4, key.x());
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoseEc2KeyWithoutY",
         [](Enrolment &e, const FidoKey &key) {
             e.coseKey = coseKey(2, -7, 1, key.x().repeated(2));
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"RsaKey",
         [](Enrolment &e, const FidoKey &) {
             e.coseKey =
                 cbor::map({{cbor::integer(1), cbor::integer(3)},
                            {cbor::integer(3), cbor::integer(-257)},
                            {cbor::integer(-1), cbor::bytes(QByteArray(256, 'n'))},
                            {cbor::integer(-2), cbor::bytes(QByteArray("\x01\x00\x01", 3))}});
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoordinateTooShort",
         [](Enrolment &e, const FidoKey &key) {
             QByteArray cose = coseKeyOf(key);
             // The 0x58 0x20 before x (the first 32-byte string) becomes 0x58 0x1f, one byte short.
             const qsizetype at = cose.indexOf(QByteArray("\x58\x20", 2));
             cose[at + 1] = 0x1f;
             cose.remove(at + 2, 1);
             e.coseKey = cose;
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoseKeyWithAMemberTooMany",
         [](Enrolment &e, const FidoKey &key) {
             // EC2 with kid (2); OKP with a y it has no use for.
             e.coseKey = key.algorithm() == FidoAlgorithm::Es256
                             ? coseKey(2, -7, 1, key.x(), key.y()).replace(0, 1, "\xa6") +
                                   cbor::integer(2) + cbor::bytes("kid")
                             : coseKey(1, -8, 6, key.x(), key.x());
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoseKeyWithKeyOps",
         [](Enrolment &e, const FidoKey &key) {
             QByteArray cose = coseKeyOf(key);
             cose[0] = static_cast<char>(cose[0] + 1);
             e.coseKey = cose + cbor::integer(4) + cbor::array({cbor::integer(2)});
         },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoseKeyNotAMap",
         [](Enrolment &e, const FidoKey &key) { e.coseKey = cbor::bytes(key.spki()); },
         "neither an ES256 P-256 key nor an EdDSA Ed25519 key"},
        {"CoseKeyTruncated",
         [](Enrolment &e, const FidoKey &key) { e.coseKey = coseKeyOf(key).chopped(1); },
         "credential key is not well-formed CBOR"},
        {"BytesAfterTheCoseKey",
         [](Enrolment &e, const FidoKey &) { e.authDataTail = QByteArray(1, '\0'); },
         "other than its extensions"},
        {"ExtensionsFlagWithoutExtensions", [](Enrolment &e, const FidoKey &) { e.flags |= kEd; },
         "other than its extensions"},
        {"EmptyCredentialId", [](Enrolment &e, const FidoKey &) { e.credentialId.clear(); },
         "credential id"},
        {"CredentialIdTooLong",
         [](Enrolment &e, const FidoKey &) { e.credentialId = QByteArray(1024, 'i'); },
         "credential id"},
        {"CredentialIdPastTheEnd",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 QByteArray cut = authData.left(37 + 16 + 2 + 4);
                 return attestationObject(cut);
             };
         },
         "credential id"},
        {"AuthDataShorterThan37",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return attestationObject(authData.left(36));
             };
         },
         "shorter than 37 bytes"},
        {"TruncatedCbor",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return attestationObject(authData).chopped(1);
             };
         },
         "not one well-formed CBOR map"},
        {"TrailingBytes",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return attestationObject(authData) + '\0';
             };
         },
         "not one well-formed CBOR map"},
        {"HugeDeclaredLength",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 // authData's byte string declared 2^64 - 256 bytes long.
                 return cbor::head(5, 3) + cbor::text("fmt") + cbor::text("none") +
                        cbor::text("attStmt") + cbor::map({}) + cbor::text("authData") +
                        QByteArray::fromHex("5bffffffffffffff00") + authData;
             };
         },
         "not one well-formed CBOR map"},
        {"LengthPastTheEndByOne",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return cbor::head(5, 3) + cbor::text("fmt") + cbor::text("none") +
                        cbor::text("attStmt") + cbor::map({}) + cbor::text("authData") +
                        cbor::head(2, static_cast<quint64>(authData.size()) + 1) + authData;
             };
         },
         "not one well-formed CBOR map"},
        {"HugeDeclaredCount",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &) {
                 return QByteArray::fromHex("9b7fffffffffffffff00");
             };
         },
         "not one well-formed CBOR map"},
        {"AttestationObjectNotAMap",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) { return cbor::bytes(authData); };
         },
         "not one well-formed CBOR map"},
        {"AttestationObjectWithoutFmt",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return cbor::map({{cbor::text("attStmt"), cbor::map({})},
                                   {cbor::text("authData"), cbor::bytes(authData)}});
             };
         },
         "fmt, attStmt and authData"},
        {"AttestationObjectWithAnotherMember",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return cbor::map({{cbor::text("fmt"), cbor::text("none")},
                                   {cbor::text("attStmt"), cbor::map({})},
                                   {cbor::text("authData"), cbor::bytes(authData)},
                                   {cbor::text("epAtt"), cbor::integer(1)}});
             };
         },
         "fmt, attStmt and authData"},
        {"DuplicateAuthData",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return cbor::map({{cbor::text("fmt"), cbor::text("none")},
                                   {cbor::text("authData"), cbor::bytes(QByteArray(37, '\0'))},
                                   {cbor::text("authData"), cbor::bytes(authData)}});
             };
         },
         "not one well-formed CBOR map"},
        {"AttStmtNotAMap",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 return cbor::map({{cbor::text("fmt"), cbor::text("none")},
                                   {cbor::text("attStmt"), cbor::array({})},
                                   {cbor::text("authData"), cbor::bytes(authData)}});
             };
         },
         "fmt, attStmt and authData"},
        {"IndefiniteLengthMap",
         [](Enrolment &e, const FidoKey &) {
             e.object = [](const QByteArray &authData) {
                 QByteArray object = attestationObject(authData);
                 object[0] = static_cast<char>(0xbf);
                 return object + '\xff';
             };
         },
         "not one well-formed CBOR map"},
    };
}

void PrintTo(const RegistrationCase &testCase, std::ostream *out) {
    *out << testCase.name;
}

class WebauthnRegistrationRefusal
    : public ::testing::TestWithParam<std::tuple<FidoAlgorithm, RegistrationCase>> {};

TEST_P(WebauthnRegistrationRefusal, OneAlterationIsRefusedWithAReason) {
    const auto &[algorithm, testCase] = GetParam();
    const FidoKey key(algorithm);
    Enrolment enrolment;
    testCase.alter(enrolment, key);
    QString why;
    EXPECT_FALSE(enrol(key, enrolment, &why));
    EXPECT_TRUE(why.contains(QLatin1String(testCase.reason))) << why.toStdString();
    EXPECT_FALSE(enrol(key, enrolment, nullptr));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, WebauthnRegistrationRefusal,
    ::testing::Combine(::testing::Values(FidoAlgorithm::Es256, FidoAlgorithm::EdDsa),
                       ::testing::ValuesIn(registrationRefusals())),
    [](const ::testing::TestParamInfo<WebauthnRegistrationRefusal::ParamType> &named) {
        return fidoAlgorithmName(std::get<0>(named.param)).toStdString() + "_" +
               std::get<1>(named.param).name;
    });

TEST(WebauthnRegistration, AP256PointOffTheCurveIsRefused) {
    const FidoKey key(FidoAlgorithm::Es256);
    QByteArray y = key.y();
    y[31] = static_cast<char>(y[31] ^ 1);
    Enrolment enrolment;
    enrolment.coseKey = coseKey(2, -7, 1, key.x(), y);
    QString why;
    EXPECT_FALSE(enrol(key, enrolment, &why));
    EXPECT_EQ(why, QStringLiteral("the credential key is not a valid public key"));
}

TEST(WebauthnRegistration, TheReasonSaysWhichCheckFailed) {
    const FidoKey key(FidoAlgorithm::Es256);
    QString why;
    Enrolment wrongType;
    wrongType.type = QStringLiteral("webauthn.get");
    EXPECT_FALSE(enrol(key, wrongType, &why));
    EXPECT_TRUE(why.contains(QLatin1String("webauthn.create"))) << why.toStdString();
    Enrolment noAt;
    noAt.flags = kUp;
    EXPECT_FALSE(enrol(key, noAt, &why));
    EXPECT_TRUE(why.contains(QLatin1String("attests no credential"))) << why.toStdString();
}

// ---- CBOR ----

std::optional<CborItem> decodeHex(const char *hex) {
    return decodeCbor(QByteArray::fromHex(hex));
}

TEST(WebauthnCbor, IntegersOfEveryWidth) {
    EXPECT_EQ(decodeHex("00")->integer(), 0);
    EXPECT_EQ(decodeHex("17")->integer(), 23);
    EXPECT_EQ(decodeHex("1818")->integer(), 24);
    EXPECT_EQ(decodeHex("190100")->integer(), 256);
    EXPECT_EQ(decodeHex("1a00010000")->integer(), 65536);
    EXPECT_EQ(decodeHex("1b7fffffffffffffff")->integer(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(decodeHex("20")->integer(), -1);
    EXPECT_EQ(decodeHex("26")->integer(), -7);
    EXPECT_EQ(decodeHex("390100")->integer(), -257);
    EXPECT_EQ(decodeHex("3b7fffffffffffffff")->integer(), std::numeric_limits<qint64>::min());
    // Well-formed, but past qint64.
    const std::optional<CborItem> big = decodeHex("1bffffffffffffffff");
    ASSERT_TRUE(big);
    EXPECT_EQ(big->kind, CborItem::Kind::Unsigned);
    EXPECT_EQ(big->argument, std::numeric_limits<quint64>::max());
    EXPECT_FALSE(big->integer());
    const std::optional<CborItem> low = decodeHex("3bffffffffffffffff");
    ASSERT_TRUE(low);
    EXPECT_EQ(low->kind, CborItem::Kind::Negative);
    EXPECT_FALSE(low->integer());
    // Reserved widths, and arguments cut short.
    for (const char *hex : {"1c", "1d", "1e", "1f", "18", "1900", "1b00000000000000"})
        EXPECT_FALSE(decodeHex(hex)) << hex;
}

TEST(WebauthnCbor, StringsAndSimpleValues) {
    EXPECT_EQ(decodeHex("43010203")->bytes, QByteArray::fromHex("010203"));
    EXPECT_EQ(decodeHex("40")->kind, CborItem::Kind::Bytes);
    EXPECT_EQ(decodeHex("6449455446")->text, QStringLiteral("IETF"));
    EXPECT_EQ(decodeHex("62c3bc")->text, QString::fromUtf8("\xc3\xbc"));
    EXPECT_EQ(decodeHex("63efbbbf")->text, QString(QChar(0xfeff)));
    EXPECT_FALSE(decodeHex("62c328"));   // invalid UTF-8
    EXPECT_FALSE(decodeHex("63eda080")); // a surrogate
    EXPECT_FALSE(decodeHex("62c0af"));   // overlong
    EXPECT_FALSE(decodeHex("4401"));     // shorter than declared
    EXPECT_FALSE(decodeHex("5f4101ff")); // indefinite length
    EXPECT_FALSE(decodeHex("7f6161ff")); // indefinite length
    EXPECT_EQ(decodeHex("f4")->kind, CborItem::Kind::Bool);
    EXPECT_EQ(decodeHex("f4")->argument, 0U);
    EXPECT_EQ(decodeHex("f5")->argument, 1U);
    EXPECT_EQ(decodeHex("f6")->kind, CborItem::Kind::Null);
    for (const char *hex : {"f7", "f0", "f818", "f93c00", "fa47c35000", "fb3ff199999999999a", "ff",
                            "c11a514b67b0", "d818456449455446"})
        EXPECT_FALSE(decodeHex(hex)) << hex;
}

TEST(WebauthnCbor, ArraysAndMaps) {
    const std::optional<CborItem> array = decodeHex("83010203");
    ASSERT_TRUE(array);
    ASSERT_EQ(array->items.size(), 3U);
    EXPECT_EQ(array->items[2].integer(), 3);
    const std::optional<CborItem> map = decodeHex("a301020326626162f6");
    ASSERT_TRUE(map);
    EXPECT_EQ(map->find(1)->integer(), 2);
    EXPECT_EQ(map->find(3)->integer(), -7);
    EXPECT_EQ(map->find(u"ab")->kind, CborItem::Kind::Null);
    EXPECT_EQ(map->find(2), nullptr);
    EXPECT_EQ(map->find(u"a"), nullptr);
    EXPECT_EQ(array->find(1), nullptr);
    EXPECT_FALSE(decodeHex("a201020103"));         // a key twice
    EXPECT_FALSE(decodeHex("a2616101616102"));     // a text key twice
    EXPECT_FALSE(decodeHex("a1400102"));           // a byte string key
    EXPECT_FALSE(decodeHex("a1f501"));             // a boolean key
    EXPECT_FALSE(decodeHex("a1010203"));           // trailing bytes
    EXPECT_FALSE(decodeHex("a201"));               // entries missing
    EXPECT_FALSE(decodeHex("9f01ff"));             // indefinite length
    EXPECT_FALSE(decodeHex("bf0102ff"));           // indefinite length
    EXPECT_FALSE(decodeHex("9bffffffffffffffff")); // a count past the bytes
    EXPECT_FALSE(decodeHex("bbffffffffffffffff"));
}

TEST(WebauthnCbor, NestingAndMapSizeAreBounded) {
    const auto nested = [](int depth) { return QByteArray(depth, '\x81') + QByteArray(1, '\0'); };
    EXPECT_TRUE(decodeCbor(nested(kCborMaxDepth)));
    EXPECT_FALSE(decodeCbor(nested(kCborMaxDepth + 1)));
    EXPECT_FALSE(decodeCbor(nested(100000)));
    const auto wide = [](qsizetype entries) {
        QByteArray out = cbor::head(5, static_cast<quint64>(entries));
        for (qsizetype i = 0; i < entries; ++i)
            out += cbor::integer(i) + cbor::integer(0);
        return out;
    };
    EXPECT_TRUE(decodeCbor(wide(kCborMaxMapEntries)));
    EXPECT_FALSE(decodeCbor(wide(kCborMaxMapEntries + 1)));
}

TEST(WebauthnCbor, APrefixSaysHowLongItWas) {
    qsizetype length = -1;
    const QByteArray bytes = QByteArray::fromHex("a20102032600ff");
    const std::optional<CborItem> item = decodeCborPrefix(bytes, &length);
    ASSERT_TRUE(item);
    EXPECT_EQ(length, 5);
    EXPECT_FALSE(decodeCbor(bytes));
    EXPECT_FALSE(decodeCborPrefix(QByteArray::fromHex("a2010203"), &length));
    EXPECT_EQ(length, 0);
    EXPECT_FALSE(decodeCborPrefix(QByteArray(), &length));
}

} // namespace
