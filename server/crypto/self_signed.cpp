#include "server/crypto/self_signed.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace vaultlink::server {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

void check(bool ok, const char *what) {
    if (!ok)
        throw std::runtime_error(std::string("certificate generation failed: ") + what);
}

void addExtension(X509 *cert, int nid, const QByteArray &value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    check(ext != nullptr, "extension");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

QByteArray drain(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<int>(size));
}

} // namespace

PemPair makeSelfSignedCertificate(const QStringList &dnsNames, const QStringList &ipAddresses) {
    KeyPtr key(EVP_EC_gen("P-256"));
    check(key != nullptr, "key");
    CertPtr cert(X509_new());
    check(X509_set_version(cert.get(), 2) == 1, "version");

    unsigned char serial[16];
    check(RAND_bytes(serial, sizeof serial) == 1, "serial");
    serial[0] &= 0x7F; // a positive serial number
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));

    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 397L * 24 * 3600);
    check(X509_set_pubkey(cert.get(), key.get()) == 1, "public key");

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray commonName =
        (dnsNames.isEmpty() ? QStringLiteral("localhost") : dnsNames.first()).toUtf8();
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>("Vaultlink reference server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QStringList alternatives;
    for (const QString &dns : dnsNames)
        alternatives << QStringLiteral("DNS:") + dns;
    for (const QString &ip : ipAddresses)
        alternatives << QStringLiteral("IP:") + ip;
    addExtension(cert.get(), NID_subject_alt_name, alternatives.join(QLatin1Char(',')).toUtf8());
    addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), NID_subject_key_identifier, "hash");
    check(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "signature");

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509(certBio.get(), cert.get()) == 1, "certificate PEM");
    check(PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                   nullptr) == 1,
          "key PEM");
    return {drain(certBio.get()), drain(keyBio.get())};
}

} // namespace vaultlink::server
