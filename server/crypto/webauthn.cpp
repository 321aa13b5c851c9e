#include "server/crypto/webauthn.h"

#include "server/crypto/cbor_lite.h"
#include "server/crypto/device_key.h"
#include "server/crypto/openssl_keys.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <limits>
#include <memory>

namespace vaultlink::server {

namespace {

using openssl::ClearErrorsOnExit;
using openssl::KeyPtr;
using openssl::parseSpki;

// Authenticator data (WebAuthn L2 §6.1): rpIdHash, flags, the counter, then what the flags
// announce.
constexpr qsizetype kRpIdHashSize = 32;
constexpr qsizetype kFlagsAt = 32;
constexpr qsizetype kCounterAt = 33;
constexpr qsizetype kFixedAuthDataSize = 37;
constexpr quint8 kFlagUserPresent = 0x01;
constexpr quint8 kFlagUserVerified = 0x04;
constexpr quint8 kFlagAttestedCredential = 0x40;
constexpr quint8 kFlagExtensions = 0x80;
constexpr qsizetype kAaguidSize = 16;
constexpr qsizetype kMaxCredentialIdSize = 1023; // L2 §5.8.3 caps credential ids there

// COSE (RFC 9053) key labels and values.
constexpr qint64 kCoseKty = 1;
constexpr qint64 kCoseAlg = 3;
constexpr qint64 kCoseCrv = -1;
constexpr qint64 kCoseX = -2;
constexpr qint64 kCoseY = -3;
constexpr qint64 kKtyOkp = 1;
constexpr qint64 kKtyEc2 = 2;
constexpr qint64 kAlgEs256 = -7;
constexpr qint64 kAlgEdDsa = -8;
constexpr qint64 kCrvP256 = 1;
constexpr qint64 kCrvEd25519 = 6;
constexpr qsizetype kCoordinateSize = 32;
constexpr qsizetype kEd25519SignatureSize = 64;

// The DER of a SubjectPublicKeyInfo up to its key bytes, which are all that differ between two
// keys of one of these algorithms: P-256 (RFC 5480) followed by an uncompressed point, and
// Ed25519 (RFC 8410) followed by the 32 bytes of the key.
constexpr char kP256SpkiPrefix[] = "\x30\x59\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08"
                                   "\x2a\x86\x48\xce\x3d\x03\x01\x07\x03\x42\x00\x04";
constexpr char kEd25519SpkiPrefix[] = "\x30\x2a\x30\x05\x06\x03\x2b\x65\x70\x03\x21\x00";

QByteArray sha256(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

KeyPtr parseEd25519(const QByteArray &spkiDer) {
    KeyPtr key = spkiDer.isEmpty() ? KeyPtr(nullptr, &EVP_PKEY_free) : parseSpki(spkiDer);
    if (key && EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        key.reset();
    return key;
}

// Ed25519 hashes the message itself (PureEdDSA), hence no digest; OpenSSL refuses an S not
// below the group order, so a signature has one form.
bool verifyEd25519(const QByteArray &spkiDer, const QByteArray &message,
                   const QByteArray &signature) {
    const ClearErrorsOnExit clear;
    const KeyPtr key = parseEd25519(spkiDer);
    if (!key || signature.size() != kEd25519SignatureSize)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<std::size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            static_cast<std::size_t>(message.size())) == 1;
}

struct ClientData {
    QString type;
    QString challenge;
    QString origin;
};

// CollectedClientData (L2 §5.8.1); members this server does not check (crossOrigin,
// tokenBinding) are left alone, as the verification procedures do.
std::optional<ClientData> parseClientData(const QByteArray &json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue type = object.value(QLatin1String("type"));
    const QJsonValue challenge = object.value(QLatin1String("challenge"));
    const QJsonValue origin = object.value(QLatin1String("origin"));
    if (!type.isString() || !challenge.isString() || !origin.isString())
        return std::nullopt;
    return ClientData{type.toString(), challenge.toString(), origin.toString()};
}

// The challenge is compared in its encoded form: the one spelling the browser produces is the
// only one taken, and an empty challenge (a server that forgot to issue one) matches nothing.
bool challengeMatches(const QString &encoded, const QByteArray &challenge) {
    const QByteArray expected =
        challenge.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return !challenge.isEmpty() && encoded == QLatin1String(expected);
}

// The first of L2 §7.1 and §7.2's checks on the client data that fails, or None.
AssertionFault checkClientData(const ClientData &data, QLatin1String type,
                               const QByteArray &challenge, const QStringList &origins) {
    if (data.type != type)
        return AssertionFault::WrongType;
    if (!challengeMatches(data.challenge, challenge))
        return AssertionFault::ChallengeMismatch;
    if (!origins.contains(data.origin))
        return AssertionFault::OriginMismatch;
    return AssertionFault::None;
}

quint8 flagsOf(const QByteArray &authData) {
    return static_cast<quint8>(authData[kFlagsAt]);
}

quint32 counterOf(const QByteArray &authData) {
    return qFromBigEndian<quint32>(authData.constData() + kCounterAt);
}

bool rpIdHashMatches(const QByteArray &authData, const QString &rpId) {
    return !rpId.isEmpty() && authData.first(kRpIdHashSize) == sha256(rpId.toUtf8());
}

// What follows the attested credential data (or the fixed part, without it): exactly the one
// extensions map the ED flag announces, or nothing.
bool extensionsFit(quint8 flags, QByteArrayView rest) {
    if ((flags & kFlagExtensions) == 0)
        return rest.isEmpty();
    const std::optional<CborItem> extensions = decodeCbor(rest);
    return extensions && extensions->kind == CborItem::Kind::Map;
}

// An assertion's authenticator data carries no attested credential: that belongs to
// registration, and bytes the checks would not read are refused rather than signed over blindly.
bool assertionAuthDataWellFormed(const QByteArray &authData) {
    if (authData.size() < kFixedAuthDataSize)
        return false;
    const quint8 flags = flagsOf(authData);
    return (flags & kFlagAttestedCredential) == 0 &&
           extensionsFit(flags, QByteArrayView(authData).sliced(kFixedAuthDataSize));
}

bool signatureVerifies(const FidoCredentialKey &key, const FidoAssertion &assertion) {
    const QByteArray message = assertion.authenticatorData + sha256(assertion.clientDataJson);
    switch (key.algorithm) {
    case FidoAlgorithm::Es256:
        return verifyEs256(key.publicKeySpki, message, assertion.signature);
    case FidoAlgorithm::EdDsa:
        return verifyEd25519(key.publicKeySpki, message, assertion.signature);
    }
    return false;
}

// L2 §7.2 step 21: with a counter on either side, it must move forward; an authenticator that
// keeps none sends 0 every time.
bool counterRegressed(quint32 stored, quint32 received) {
    return (stored != 0 || received != 0) && received <= stored;
}

std::optional<qint64> integerAt(const CborItem &map, qint64 label) {
    const CborItem *value = map.find(label);
    return value ? value->integer() : std::nullopt;
}

const QByteArray *bytesAt(const CborItem &map, qint64 label, qsizetype size) {
    const CborItem *value = map.find(label);
    return value && value->kind == CborItem::Kind::Bytes && value->bytes.size() == size
               ? &value->bytes
               : nullptr;
}

struct CoseKey {
    FidoAlgorithm algorithm = FidoAlgorithm::Es256;
    QByteArray spki;
};

std::optional<CoseKey> ec2Key(const CborItem &cose) {
    const QByteArray *x = bytesAt(cose, kCoseX, kCoordinateSize);
    const QByteArray *y = bytesAt(cose, kCoseY, kCoordinateSize);
    if (cose.entries.size() != 5 || integerAt(cose, kCoseAlg) != kAlgEs256 ||
        integerAt(cose, kCoseCrv) != kCrvP256 || !x || !y)
        return std::nullopt;
    QByteArray spki(kP256SpkiPrefix, sizeof kP256SpkiPrefix - 1);
    spki += *x;
    spki += *y;
    return CoseKey{FidoAlgorithm::Es256, spki};
}

std::optional<CoseKey> okpKey(const CborItem &cose) {
    const QByteArray *x = bytesAt(cose, kCoseX, kCoordinateSize);
    if (cose.entries.size() != 4 || integerAt(cose, kCoseAlg) != kAlgEdDsa ||
        integerAt(cose, kCoseCrv) != kCrvEd25519 || !x)
        return std::nullopt;
    QByteArray spki(kEd25519SpkiPrefix, sizeof kEd25519SpkiPrefix - 1);
    spki += *x;
    return CoseKey{FidoAlgorithm::EdDsa, spki};
}

// The COSE_Key of attested credential data as a SubjectPublicKeyInfo. Members beyond those
// listed (key_ops, kid, ...) are refused: a restriction this server did not read would be one it
// ignores.
std::optional<CoseKey> coseKey(const CborItem &cose, QString &why) {
    std::optional<CoseKey> key;
    if (cose.kind == CborItem::Kind::Map && integerAt(cose, kCoseKty) == kKtyEc2)
        key = ec2Key(cose);
    else if (cose.kind == CborItem::Kind::Map && integerAt(cose, kCoseKty) == kKtyOkp)
        key = okpKey(cose);
    if (!key) {
        why = QStringLiteral("the credential key is neither an ES256 P-256 key nor an EdDSA "
                             "Ed25519 key in COSE form");
        return std::nullopt;
    }
    if (!checkFidoPublicKey(key->algorithm, key->spki)) {
        why = QStringLiteral("the credential key is not a valid public key");
        return std::nullopt;
    }
    return key;
}

struct AttestedCredential {
    QByteArray id;
    CoseKey key;
};

// Attested credential data (L2 §6.5.1), from the end of the fixed part of the authenticator
// data: AAGUID, the id's length and the id, then the COSE key; then the extensions, if any.
std::optional<AttestedCredential> attestedCredential(const QByteArray &authData, QString &why) {
    QByteArrayView rest = QByteArrayView(authData).sliced(kFixedAuthDataSize);
    if (rest.size() < kAaguidSize + 2) {
        why = QStringLiteral("the attested credential data is truncated");
        return std::nullopt;
    }
    const auto idSize = static_cast<qsizetype>(qFromBigEndian<quint16>(rest.data() + kAaguidSize));
    rest = rest.sliced(kAaguidSize + 2);
    if (idSize == 0 || idSize > kMaxCredentialIdSize || idSize > rest.size()) {
        why = QStringLiteral("the credential id is empty, too long or truncated");
        return std::nullopt;
    }
    AttestedCredential credential;
    credential.id = rest.first(idSize).toByteArray();
    rest = rest.sliced(idSize);
    qsizetype keySize = 0;
    const std::optional<CborItem> cose = decodeCborPrefix(rest, &keySize);
    if (!cose) {
        why = QStringLiteral("the credential key is not well-formed CBOR");
        return std::nullopt;
    }
    std::optional<CoseKey> key = coseKey(*cose, why);
    if (!key)
        return std::nullopt;
    if (!extensionsFit(flagsOf(authData), rest.sliced(keySize))) {
        why = QStringLiteral("the authenticator data has bytes after the credential other than "
                             "its extensions");
        return std::nullopt;
    }
    credential.key = std::move(*key);
    return credential;
}

// The authenticator data of an attestation object (L2 §6.5.4), which holds exactly fmt, attStmt
// and authData. fmt and attStmt are only checked for their type: attestation is not verified.
std::optional<QByteArray> attestedAuthData(const QByteArray &attestationObject, QString &why) {
    const std::optional<CborItem> object = decodeCbor(attestationObject);
    if (!object || object->kind != CborItem::Kind::Map) {
        why = QStringLiteral("the attestation object is not one well-formed CBOR map");
        return std::nullopt;
    }
    const CborItem *fmt = object->find(u"fmt");
    const CborItem *statement = object->find(u"attStmt");
    const CborItem *authData = object->find(u"authData");
    if (object->entries.size() != 3 || !fmt || fmt->kind != CborItem::Kind::Text || !statement ||
        statement->kind != CborItem::Kind::Map || !authData ||
        authData->kind != CborItem::Kind::Bytes) {
        why = QStringLiteral("the attestation object is not the map of fmt, attStmt and authData");
        return std::nullopt;
    }
    return authData->bytes;
}

QString registrationFaultReason(AssertionFault fault) {
    switch (fault) {
    case AssertionFault::WrongType:
        return QStringLiteral("the client data is not of type webauthn.create");
    case AssertionFault::ChallengeMismatch:
        return QStringLiteral("the client data's challenge is not the one issued");
    case AssertionFault::OriginMismatch:
        return QStringLiteral("the client data's origin is not accepted");
    default:
        return QStringLiteral("the client data is malformed");
    }
}

// verifyRegistration's steps, with the reason in `why`.
std::optional<FidoRegistration> registration(const RegistrationExpectation &expected,
                                             const QByteArray &clientDataJson,
                                             const QByteArray &attestationObject, QString &why) {
    const std::optional<ClientData> clientData = parseClientData(clientDataJson);
    const AssertionFault clientFault =
        clientData ? checkClientData(*clientData, QLatin1String("webauthn.create"),
                                     expected.challenge, expected.origins)
                   : AssertionFault::Malformed;
    if (clientFault != AssertionFault::None) {
        why = registrationFaultReason(clientFault);
        return std::nullopt;
    }
    const std::optional<QByteArray> authData = attestedAuthData(attestationObject, why);
    if (!authData)
        return std::nullopt;
    if (authData->size() < kFixedAuthDataSize) {
        why = QStringLiteral("the authenticator data is shorter than 37 bytes");
        return std::nullopt;
    }
    const quint8 flags = flagsOf(*authData);
    if (!rpIdHashMatches(*authData, expected.rpId))
        why = QStringLiteral("the authenticator data is for another relying party id");
    else if ((flags & kFlagUserPresent) == 0)
        why = QStringLiteral("the user was not present");
    else if (expected.requireUserVerification && (flags & kFlagUserVerified) == 0)
        why = QStringLiteral("the user was not verified");
    else if ((flags & kFlagAttestedCredential) == 0)
        why = QStringLiteral("the authenticator data attests no credential");
    if (!why.isEmpty())
        return std::nullopt;
    std::optional<AttestedCredential> credential = attestedCredential(*authData, why);
    if (!credential)
        return std::nullopt;
    return FidoRegistration{std::move(credential->id), credential->key.algorithm,
                            std::move(credential->key.spki), counterOf(*authData)};
}

} // namespace

std::optional<FidoAlgorithm> fidoAlgorithmNamed(const QString &name) {
    if (name == QLatin1String("ES256"))
        return FidoAlgorithm::Es256;
    if (name == QLatin1String("EdDSA"))
        return FidoAlgorithm::EdDsa;
    return std::nullopt;
}

QString fidoAlgorithmName(FidoAlgorithm algorithm) {
    switch (algorithm) {
    case FidoAlgorithm::Es256:
        return QStringLiteral("ES256");
    case FidoAlgorithm::EdDsa:
        return QStringLiteral("EdDSA");
    }
    return {};
}

std::optional<QByteArray> checkFidoPublicKey(FidoAlgorithm algorithm, const QByteArray &spkiDer) {
    if (algorithm == FidoAlgorithm::Es256)
        return checkP256PublicKey(spkiDer);
    const ClearErrorsOnExit clear;
    if (!parseEd25519(spkiDer))
        return std::nullopt;
    return spkiDer;
}

std::optional<QByteArray> fidoPublicKeyFromPem(FidoAlgorithm algorithm, const QByteArray &pem) {
    const ClearErrorsOnExit clear;
    if (pem.size() > std::numeric_limits<int>::max())
        return std::nullopt;
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    const auto readBlock = [&bio]() -> std::optional<QByteArray> {
        unsigned char *data = nullptr;
        long length = 0;
        char *name = nullptr;
        if (!bio || PEM_bytes_read_bio(&data, &length, &name, PEM_STRING_PUBLIC, bio.get(), nullptr,
                                       nullptr) != 1)
            return std::nullopt;
        QByteArray der(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
        OPENSSL_free(data);
        OPENSSL_free(name);
        return der;
    };
    const std::optional<QByteArray> der = readBlock();
    // A second key in the text would leave which one was meant to a guess.
    if (!der || readBlock())
        return std::nullopt;
    return checkFidoPublicKey(algorithm, *der);
}

AssertionVerdict verifyAssertion(const FidoCredentialKey &key, const AssertionExpectation &expected,
                                 const FidoAssertion &assertion) {
    const std::optional<ClientData> clientData = parseClientData(assertion.clientDataJson);
    const QByteArray &authData = assertion.authenticatorData;
    if (!clientData || !assertionAuthDataWellFormed(authData))
        return {AssertionFault::Malformed, 0};
    const quint32 counter = counterOf(authData);
    const quint8 flags = flagsOf(authData);
    AssertionFault fault = checkClientData(*clientData, QLatin1String("webauthn.get"),
                                           expected.challenge, expected.origins);
    if (fault != AssertionFault::None)
        return {fault, counter};
    if (!rpIdHashMatches(authData, expected.rpId))
        fault = AssertionFault::RpIdMismatch;
    else if ((flags & kFlagUserPresent) == 0)
        fault = AssertionFault::UserNotPresent;
    else if (expected.requireUserVerification && (flags & kFlagUserVerified) == 0)
        fault = AssertionFault::UserNotVerified;
    else if (!signatureVerifies(key, assertion))
        fault = AssertionFault::BadSignature;
    else if (counterRegressed(key.signCount, counter))
        fault = AssertionFault::CounterRegressed;
    return {fault, counter};
}

QString assertionFaultCode(AssertionFault fault) {
    switch (fault) {
    case AssertionFault::None:
        return {};
    case AssertionFault::Malformed:
        return QStringLiteral("malformed");
    case AssertionFault::WrongType:
        return QStringLiteral("wrong-type");
    case AssertionFault::ChallengeMismatch:
        return QStringLiteral("challenge-mismatch");
    case AssertionFault::OriginMismatch:
        return QStringLiteral("origin-mismatch");
    case AssertionFault::RpIdMismatch:
        return QStringLiteral("rp-id-mismatch");
    case AssertionFault::UserNotPresent:
        return QStringLiteral("user-not-present");
    case AssertionFault::UserNotVerified:
        return QStringLiteral("user-not-verified");
    case AssertionFault::BadSignature:
        return QStringLiteral("bad-signature");
    case AssertionFault::CounterRegressed:
        return QStringLiteral("counter-regressed");
    }
    return {};
}

std::optional<FidoRegistration> verifyRegistration(const RegistrationExpectation &expected,
                                                   const QByteArray &clientDataJson,
                                                   const QByteArray &attestationObject,
                                                   QString *why) {
    QString reason;
    std::optional<FidoRegistration> result =
        registration(expected, clientDataJson, attestationObject, reason);
    if (why)
        *why = result ? QString() : reason;
    return result;
}

} // namespace vaultlink::server
