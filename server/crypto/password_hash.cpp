#include "server/crypto/password_hash.h"

#include "server/common/random.h"

#include <QRegularExpression>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>
#include <stdexcept>

namespace vaultlink::server {

QByteArray scrypt(const QByteArray &password, const QByteArray &salt, ScryptCost cost, int length) {
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr),
                                                          &EVP_KDF_free);
    if (!kdf)
        throw std::runtime_error("OpenSSL has no scrypt implementation");
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()),
                                                                  &EVP_KDF_CTX_free);
    uint64_t n = uint64_t{1} << cost.logN;
    auto r = static_cast<uint32_t>(cost.r);
    auto p = static_cast<uint32_t>(cost.p);
    // 128 * r * N bytes plus headroom; OpenSSL's default cap (32 MiB) is below OWASP's minimum.
    uint64_t maxmem = 256 * uint64_t{r} * n + (uint64_t{1} << 24);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<char *>(password.constData()),
                                          static_cast<size_t>(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()),
                                          static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()),
                       static_cast<size_t>(length), params) != 1)
        throw std::runtime_error("scrypt derivation failed");
    return out;
}

QString hashPassword(const QString &password, RandomSource &random, ScryptCost cost) {
    const QByteArray salt = random.bytes(16);
    const QByteArray hash = scrypt(password.toUtf8(), salt, cost, 32);
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(cost.logN)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString &password, const QString &encoded) {
    static const QRegularExpression format(QStringLiteral(
        R"(^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$)"));
    const auto match = format.match(encoded);
    if (!match.hasMatch())
        return false;
    const ScryptCost cost{match.captured(1).toInt(), match.captured(2).toInt(),
                          match.captured(3).toInt()};
    if (cost.logN < 1 || cost.logN > 22 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(match.captured(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(match.captured(5).toLatin1());
    const QByteArray actual =
        scrypt(password.toUtf8(), salt, cost, static_cast<int>(expected.size()));
    return CRYPTO_memcmp(actual.constData(), expected.constData(),
                         static_cast<size_t>(expected.size())) == 0;
}

} // namespace vaultlink::server
