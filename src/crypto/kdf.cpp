#include "src/crypto/kdf.h"

#include "src/crypto/random.h"

#include <QElapsedTimer>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace vaultlink {

namespace {
constexpr int kMinLogN = 13;
constexpr int kMinR = 8;
constexpr int kMaxLogN = 22;
constexpr int kMaxP = 64;
constexpr int kSaltBytes = 16;
constexpr std::size_t kKeyBytes = 32;
} // namespace

std::size_t KdfParams::memoryBytes() const {
    return std::size_t{128} * static_cast<std::size_t>(r) * (std::size_t{1} << logN);
}

int KdfParams::minimumP(int logN) {
    // OWASP's equivalent scrypt minimums (r = 8): less memory is paid for with more passes.
    switch (logN) {
    case 13:
        return 10;
    case 14:
        return 5;
    case 15:
        return 3;
    case 16:
        return 2;
    default:
        return logN >= 17 ? 1 : 0;
    }
}

bool KdfParams::meetsMinimum() const {
    return algorithm == QLatin1String("scrypt") && logN >= kMinLogN && logN <= kMaxLogN &&
           r >= kMinR && r <= 32 && p >= minimumP(logN) && p <= kMaxP && salt.size() >= kSaltBytes;
}

QJsonObject KdfParams::toJson() const {
    return {{QStringLiteral("algorithm"), algorithm},
            {QStringLiteral("logN"), logN},
            {QStringLiteral("r"), r},
            {QStringLiteral("p"), p},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
}

std::optional<KdfParams> KdfParams::fromJson(const QJsonObject &json) {
    const auto integer = [&](const char *key) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() && v.toDouble() == std::trunc(v.toDouble()) ? v.toInt(-1) : -1;
    };
    KdfParams params;
    params.algorithm = json.value(QStringLiteral("algorithm")).toString();
    params.logN = integer("logN");
    params.r = integer("r");
    params.p = integer("p");
    const auto salt =
        QByteArray::fromBase64Encoding(json.value(QStringLiteral("salt")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!salt)
        return std::nullopt;
    params.salt = *salt;
    if (!params.meetsMinimum())
        return std::nullopt;
    return params;
}

SecureBuffer deriveKey(const SecureBuffer &password, const KdfParams &params) {
    if (!params.meetsMinimum())
        throw std::invalid_argument("KDF parameters below the minimum or malformed");
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr),
                                                          &EVP_KDF_free);
    if (!kdf)
        throw std::runtime_error("OpenSSL has no scrypt");
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()),
                                                                  &EVP_KDF_CTX_free);
    uint64_t n = uint64_t{1} << params.logN;
    auto r = static_cast<uint32_t>(params.r);
    auto p = static_cast<uint32_t>(params.p);
    // OpenSSL's default memory cap (32 MiB) is below the minimum; allow what the cost needs.
    uint64_t maxmem = 2 * params.memoryBytes() + (uint64_t{1} << 24);
    // An empty password still needs a valid pointer for OpenSSL.
    static unsigned char empty = 0;
    unsigned char *secret =
        password.isEmpty() ? &empty : const_cast<unsigned char *>(password.data());
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, secret, password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                          const_cast<char *>(params.salt.constData()),
                                          static_cast<size_t>(params.salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer key(kKeyBytes);
    if (EVP_KDF_derive(ctx.get(), key.data(), key.size(), list) != 1)
        throw std::runtime_error("scrypt derivation failed (out of memory?)");
    return key;
}

double timeDerivation(const KdfParams &params) {
    const SecureBuffer password = SecureBuffer::copyOf("calibration");
    QElapsedTimer timer;
    timer.start();
    deriveKey(password, params);
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

KdfParams calibrateKdf(Random &random, std::chrono::milliseconds target, std::size_t maxMemoryBytes,
                       const KdfTimer &timer) {
    KdfParams params;
    params.salt = random.bytes(kSaltBytes);
    // The cheapest minimum that fits the memory cap: 2^17 when allowed, else fewer blocks and
    // more passes.
    params.logN = 17;
    while (params.logN > kMinLogN && params.memoryBytes() > maxMemoryBytes)
        --params.logN;
    params.p = KdfParams::minimumP(params.logN);
    const double seconds = timer(params);
    double factor = static_cast<double>(target.count()) / 1000.0 / std::max(seconds, 1e-6);
    while (factor >= 2.0 && params.logN < kMaxLogN) {
        KdfParams bigger = params;
        ++bigger.logN;
        if (bigger.memoryBytes() > maxMemoryBytes)
            break;
        params = bigger;
        factor /= 2.0;
    }
    const double passes = std::round(params.p * factor);
    params.p = std::clamp(static_cast<int>(passes), KdfParams::minimumP(params.logN), kMaxP);
    return params;
}

std::optional<KdfParams> leanerKdf(const KdfParams &params, Random &random,
                                   std::size_t maxMemoryBytes) {
    if (params.memoryBytes() <= maxMemoryBytes)
        return std::nullopt;
    KdfParams leaner = params;
    long long passes = params.p;
    while (leaner.logN > kMinLogN && leaner.memoryBytes() > maxMemoryBytes) {
        --leaner.logN;
        passes *= 2;
    }
    if (leaner.memoryBytes() > maxMemoryBytes || passes > kMaxP)
        return std::nullopt;
    leaner.p = std::max(static_cast<int>(passes), KdfParams::minimumP(leaner.logN));
    leaner.salt = random.bytes(kSaltBytes);
    return leaner;
}

} // namespace vaultlink
