#include "platform/desktop/stand_in_security_key.h"

#include "src/crypto/random.h"
#include "src/crypto/secure_buffer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cmath>
#include <limits>
#include <string_view>

namespace vaultlink::platform {

namespace {
constexpr int kCredentialIdBytes = 16;
constexpr unsigned char kUserPresent = 0x01;
constexpr unsigned char kUserVerified = 0x04;
const QLatin1String kEs256("ES256");
const QLatin1String kEdDsa("EdDSA");

struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

// One key file, the private key in wiped memory.
struct KeyFile {
    QByteArray credentialId;
    QString algorithm;
    SecureBuffer privateKeyPem;
    quint32 signCount = 0;
    bool userVerifying = false;
};

QByteArray base64Url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The PEM text of the "privateKey" member, unescaped into wiped memory; its characters in
// `json` are overwritten with spaces (in place: no copy is left behind), so that the JSON
// parser that reads the rest never holds the key. Empty when the member is not a plain string.
std::optional<SecureBuffer> takePrivateKey(QByteArray &json) {
    static const QByteArray name = QByteArrayLiteral("\"privateKey\"");
    const qsizetype found = json.indexOf(name);
    if (found < 0 || json.indexOf(name, found + 1) >= 0)
        return std::nullopt;
    char *const data = json.data(); // detaches now, before any byte is read through it
    const qsizetype size = json.size();
    qsizetype at = found + name.size();
    const auto skipSpace = [&] {
        while (at < size &&
               (data[at] == ' ' || data[at] == '\n' || data[at] == '\r' || data[at] == '\t'))
            ++at;
    };
    skipSpace();
    if (at >= size || data[at] != ':')
        return std::nullopt;
    ++at;
    skipSpace();
    if (at >= size || data[at] != '"')
        return std::nullopt;
    const qsizetype start = ++at;
    SecureBuffer out(static_cast<std::size_t>(size - start));
    std::size_t written = 0;
    bool closed = false;
    while (at < size && !closed) {
        const char c = data[at++];
        if (c == '"') {
            closed = true;
        } else if (c != '\\') {
            out.data()[written++] = static_cast<unsigned char>(c);
        } else if (at < size) {
            const char escaped = data[at++];
            switch (escaped) {
            case 'n':
                out.data()[written++] = '\n';
                break;
            case 'r':
                out.data()[written++] = '\r';
                break;
            case 't':
                out.data()[written++] = '\t';
                break;
            case '"':
            case '\\':
            case '/':
                out.data()[written++] = static_cast<unsigned char>(escaped);
                break;
            default:
                return std::nullopt; // \u and the rest: never in a PEM text
            }
        }
    }
    if (!closed)
        return std::nullopt;
    for (qsizetype i = start; i < at - 1; ++i)
        data[i] = ' ';
    return SecureBuffer::copyOf(out.view().first(static_cast<qsizetype>(written)));
}

// Reads and checks the key file; `why` says what is wrong with it.
std::optional<KeyFile> readKeyFile(const QString &path, QString &why) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        why = QStringLiteral("cannot read the stand-in key file %1: %2")
                  .arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray raw = file.readAll();
    std::optional<SecureBuffer> pem = takePrivateKey(raw);
    QJsonParseError parsed{};
    const QJsonObject json = QJsonDocument::fromJson(raw, &parsed).object();
    wipeBytes(raw);
    const auto bad = [&why, &path](const QString &what) {
        why = QStringLiteral("%1 is not a stand-in key file: %2").arg(path, what);
        return std::nullopt;
    };
    if (parsed.error != QJsonParseError::NoError)
        return bad(parsed.errorString());
    // The member taken out must be the one the parser saw: now nothing but spaces.
    if (!pem || !json.value(QLatin1String("privateKey")).isString() ||
        !json.value(QLatin1String("privateKey")).toString().trimmed().isEmpty())
        return bad(QStringLiteral("no \"privateKey\" string"));
    KeyFile key;
    key.privateKeyPem = std::move(*pem);
    const auto id = QByteArray::fromBase64Encoding(
        json.value(QLatin1String("credentialId")).toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!id || id.decoded.isEmpty())
        return bad(QStringLiteral("no base64url \"credentialId\""));
    key.credentialId = id.decoded;
    key.algorithm = json.value(QLatin1String("algorithm")).toString();
    if (key.algorithm != kEs256 && key.algorithm != kEdDsa)
        return bad(QStringLiteral("\"algorithm\" is neither ES256 nor EdDSA"));
    const QJsonValue count = json.value(QLatin1String("signCount"));
    const double number = count.toDouble(-1);
    if (!count.isDouble() || number < 0 || number > std::numeric_limits<quint32>::max() ||
        std::floor(number) != number)
        return bad(QStringLiteral("\"signCount\" is not a 32-bit counter"));
    key.signCount = static_cast<quint32>(number);
    const QJsonValue verifying = json.value(QLatin1String("userVerifying"));
    if (!verifying.isUndefined() && !verifying.isBool())
        return bad(QStringLiteral("\"userVerifying\" is not true or false"));
    key.userVerifying = verifying.toBool(false);
    return key;
}

// The key file's JSON. The private key is copied only into the result, in wiped memory.
SecureBuffer keyFileJson(const KeyFile &key) {
    const QByteArray head = "{\n    \"credentialId\": \"" + base64Url(key.credentialId) +
                            "\",\n    \"algorithm\": \"" + key.algorithm.toLatin1() +
                            "\",\n    \"privateKey\": \"";
    const QByteArray tail = "\",\n    \"signCount\": " + QByteArray::number(key.signCount) +
                            ",\n    \"userVerifying\": " +
                            (key.userVerifying ? QByteArray("true") : QByteArray("false")) +
                            "\n}\n";
    // At most 6 bytes per PEM byte (\u00XX); the unused rest is wiped with the buffer.
    SecureBuffer json(static_cast<std::size_t>(head.size() + tail.size()) +
                      6 * key.privateKeyPem.size());
    std::size_t at = 0;
    const auto put = [&](QByteArrayView bytes) {
        for (const char c : bytes)
            json.data()[at++] = static_cast<unsigned char>(c);
    };
    put(head);
    for (const char c : key.privateKeyPem.view()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n') {
            put("\\n");
        } else if (c == '"' || c == '\\') {
            put("\\");
            put(QByteArrayView(&c, 1));
        } else if (byte < 0x20) {
            put(QByteArray("\\u00") + QByteArray::number(byte, 16).rightJustified(2, '0'));
        } else {
            put(QByteArrayView(&c, 1));
        }
    }
    put(tail);
    return SecureBuffer::copyOf(json.view().first(static_cast<qsizetype>(at)));
}

// Replaces the file at once (QSaveFile: a new file renamed over the old), readable by its owner
// alone.
bool writeKeyFile(const QString &path, const KeyFile &key, QString &why) {
    const SecureBuffer json = keyFileJson(key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json.view().data(), json.view().size()) != json.view().size() ||
        !file.commit()) {
        why = QStringLiteral("cannot write the stand-in key file %1: %2")
                  .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool isAlgorithm(EVP_PKEY *key, const QString &algorithm) {
    if (!key)
        return false;
    if (algorithm == kEdDsa)
        return EVP_PKEY_is_a(key, "ED25519") == 1;
    char group[32] = {};
    return EVP_PKEY_is_a(key, "EC") == 1 &&
           EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, nullptr) == 1 &&
           std::string_view(group) == "prime256v1";
}

Pkey privateKeyOf(const KeyFile &key) {
    Bio bio(BIO_new_mem_buf(key.privateKeyPem.data(), static_cast<int>(key.privateKeyPem.size())));
    Pkey pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    return isAlgorithm(pkey.get(), key.algorithm) ? std::move(pkey) : nullptr;
}

// ES256: DER ECDSA over SHA-256; EdDSA: Ed25519's 64 bytes (it hashes by itself: no digest).
std::optional<QByteArray> sign(EVP_PKEY *key, const QString &algorithm, const QByteArray &message) {
    MdCtx ctx(EVP_MD_CTX_new());
    std::size_t size = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    const auto length = static_cast<std::size_t>(message.size());
    if (!ctx ||
        EVP_DigestSignInit(ctx.get(), nullptr, algorithm == kEs256 ? EVP_sha256() : nullptr,
                           nullptr, key) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &size, data, length) != 1)
        return std::nullopt;
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, data,
                       length) != 1)
        return std::nullopt;
    signature.resize(static_cast<qsizetype>(size));
    return signature;
}

// What a BIO holds, in wiped memory (a secure-memory BIO clears its own on free).
SecureBuffer drain(BIO *bio) {
    SecureBuffer bytes(BIO_ctrl_pending(bio));
    if (!bytes.isEmpty() && BIO_read(bio, bytes.data(), static_cast<int>(bytes.size())) !=
                                static_cast<int>(bytes.size()))
        return {};
    return bytes;
}

SecurityKey::Reply failure(SecurityKeyError error, const QString &detail) {
    SecurityKey::Reply reply;
    reply.error = error;
    reply.detail = detail;
    return reply;
}
} // namespace

StandInSecurityKey::StandInSecurityKey(QString keyFile)
    : m_keyFile(std::move(keyFile)) {}

StandInSecurityKey::~StandInSecurityKey() {
    *m_alive = false;
}

SecurityKey::Kind StandInSecurityKey::kind() const {
    return Kind::StandIn;
}

void StandInSecurityKey::answer(Token token, Reply reply) {
    const auto found = m_pending.find(token);
    if (found == m_pending.end())
        return; // cancelled meanwhile: that answer was given
    Done done = std::move(found->second);
    m_pending.erase(found);
    reply.token = token;
    auto shared = std::make_shared<Reply>(std::move(reply));
    const std::weak_ptr<bool> alive = m_alive;
    QTimer::singleShot(0, [alive, done = std::move(done), shared] {
        if (alive.lock())
            done(std::move(*shared));
    });
}

SecurityKey::Token StandInSecurityKey::getAssertion(const SecurityKeyRequest &request, Done done) {
    const Token token = ++m_last;
    m_pending[token] = std::move(done);
    const std::weak_ptr<bool> alive = m_alive;
    // Signed later, so that the request returns its token first and cancel() can come between.
    QTimer::singleShot(0, [this, alive, token, request] {
        if (!alive.lock() || !m_pending.count(token))
            return;
        answer(token, assertion(request));
    });
    return token;
}

SecurityKey::Reply StandInSecurityKey::assertion(const SecurityKeyRequest &request) const {
    QString why;
    std::optional<KeyFile> key = readKeyFile(m_keyFile, why);
    if (!key)
        return failure(SecurityKeyError::NoDevice, why);
    if (!request.allowCredentials.isEmpty() &&
        !request.allowCredentials.contains(key->credentialId))
        return failure(SecurityKeyError::NotRegistered,
                       QStringLiteral("the stand-in holds credential %1 only")
                           .arg(QString::fromLatin1(base64Url(key->credentialId))));
    const Pkey privateKey = privateKeyOf(*key);
    if (!privateKey)
        return failure(SecurityKeyError::NoDevice,
                       QStringLiteral("%1 holds no %2 private key").arg(m_keyFile, key->algorithm));
    if (key->signCount == std::numeric_limits<quint32>::max())
        return failure(SecurityKeyError::Other, QStringLiteral("the counter is used up"));

    const quint32 count = key->signCount + 1;
    QByteArray authenticatorData =
        QCryptographicHash::hash(request.rpId.toUtf8(), QCryptographicHash::Sha256);
    authenticatorData.append(
        static_cast<char>(kUserPresent | (key->userVerifying ? kUserVerified : 0)));
    for (const int shift : {24, 16, 8, 0})
        authenticatorData.append(static_cast<char>((count >> shift) & 0xff));
    const QByteArray clientData = assertionClientData(request.challenge, request.origin);
    const std::optional<QByteArray> signature =
        sign(privateKey.get(), key->algorithm,
             authenticatorData + QCryptographicHash::hash(clientData, QCryptographicHash::Sha256));
    if (!signature)
        return failure(SecurityKeyError::Other, QStringLiteral("signing failed"));

    // A counter must never be given twice: it is written back before the answer goes out.
    key->signCount = count;
    if (!writeKeyFile(m_keyFile, *key, why))
        return failure(SecurityKeyError::Other, why);
    Reply reply;
    reply.assertion.credentialId = key->credentialId;
    reply.assertion.clientDataJson = clientData;
    reply.assertion.authenticatorData = authenticatorData;
    reply.assertion.signature = *signature;
    reply.detail = QStringLiteral("STAND-IN security key %1").arg(m_keyFile);
    return reply;
}

void StandInSecurityKey::cancel(Token token) {
    answer(token, failure(SecurityKeyError::Cancelled, QStringLiteral("cancelled by the app")));
}

std::optional<StandInKeyMade> StandInSecurityKey::createStandInKey(const QString &path,
                                                                   const QString &algorithm) {
    Pkey pkey;
    if (algorithm == kEs256)
        pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    else if (algorithm == kEdDsa)
        pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!pkey)
        return std::nullopt;

    KeyFile key;
    key.algorithm = algorithm;
    SystemRandom random;
    key.credentialId = random.bytes(kCredentialIdBytes);
    // A secure-memory BIO: its buffer is cleared when freed.
    Bio privatePem(BIO_new(BIO_s_secmem()));
    if (!privatePem || PEM_write_bio_PKCS8PrivateKey(privatePem.get(), pkey.get(), nullptr, nullptr,
                                                     0, nullptr, nullptr) != 1)
        return std::nullopt;
    key.privateKeyPem = drain(privatePem.get());

    StandInKeyMade made;
    made.credentialId = key.credentialId;
    const int spkiSize = i2d_PUBKEY(pkey.get(), nullptr);
    Bio publicPem(BIO_new(BIO_s_mem()));
    if (key.privateKeyPem.isEmpty() || spkiSize <= 0 || !publicPem ||
        PEM_write_bio_PUBKEY(publicPem.get(), pkey.get()) != 1)
        return std::nullopt;
    made.publicKeySpkiDer.resize(spkiSize);
    auto *out = reinterpret_cast<unsigned char *>(made.publicKeySpkiDer.data());
    i2d_PUBKEY(pkey.get(), &out);
    made.publicKeyPem = drain(publicPem.get()).view().toByteArray();

    QString why;
    if (!writeKeyFile(path, key, why))
        return std::nullopt;
    return made;
}

} // namespace vaultlink::platform
