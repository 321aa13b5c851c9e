#include "server/crypto/self_signed.h"
#include "server/crypto/spki_pin.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslKey>

#include <gtest/gtest.h>

using namespace vaultlink::server;

TEST(SelfSigned, CoversLocalhostAndLoopbackAndIsValidNow) {
    const PemPair pem = makeSelfSignedCertificate(
        {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1"), QStringLiteral("::1")});
    const QSslCertificate cert(pem.certificate, QSsl::Pem);
    ASSERT_FALSE(cert.isNull());
    EXPECT_EQ(cert.issuerDisplayName(), cert.subjectDisplayName());
    const auto names = cert.subjectAlternativeNames();
    EXPECT_TRUE(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    EXPECT_TRUE(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    EXPECT_LE(cert.effectiveDate(), QDateTime::currentDateTimeUtc());
    EXPECT_GT(cert.expiryDate(), QDateTime::currentDateTimeUtc().addDays(390));
    EXPECT_FALSE(QSslKey(pem.privateKey, QSsl::Ec, QSsl::Pem).isNull());
}

TEST(SpkiPin, IsSha256OfThePublicKeyInfo) {
    const PemPair pem = makeSelfSignedCertificate({QStringLiteral("localhost")}, {});
    const QSslCertificate cert(pem.certificate, QSsl::Pem);
    // Qt's public key DER is the SubjectPublicKeyInfo: an independent route to the same pin.
    const QByteArray spki = cert.publicKey().toDer();
    const QString expected =
        QStringLiteral("sha256/") +
        QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
    EXPECT_EQ(spkiPin(pem.certificate), expected);
}

TEST(SpkiPin, DiffersPerKeyAndIsEmptyForGarbage) {
    const PemPair a = makeSelfSignedCertificate({QStringLiteral("localhost")}, {});
    const PemPair b = makeSelfSignedCertificate({QStringLiteral("localhost")}, {});
    EXPECT_NE(spkiPin(a.certificate), spkiPin(b.certificate));
    EXPECT_TRUE(spkiPin("not a certificate").isEmpty());
}
