#include "src/crypto/spki_pin.h"
#include "tests/unit/support/test_certificate.h"

#include <QSslCertificate>

#include <gtest/gtest.h>

using namespace vaultlink;
using vaultlink::testing::kCertificate;
using vaultlink::testing::kPin;

TEST(SpkiPin, MatchesOpensslForAKnownCertificate) {
    const QSslCertificate certificate(QByteArray(kCertificate), QSsl::Pem);
    ASSERT_FALSE(certificate.isNull());
    EXPECT_EQ(spkiPin(certificate), QLatin1String(kPin));
}

TEST(SpkiPin, NullCertificateHasNoPin) {
    EXPECT_TRUE(spkiPin(QSslCertificate()).isEmpty());
}

TEST(SpkiPin, ParsesOnlyWellFormedPins) {
    const auto hash = parsePin(QLatin1String(kPin));
    ASSERT_TRUE(hash.has_value());
    EXPECT_EQ(hash->size(), 32);
    EXPECT_FALSE(parsePin(QStringLiteral("sha1/5T0KHI+FUB+O6W8pHhDujDWQNfTStplXsCAYsn6BSy8=")));
    EXPECT_FALSE(parsePin(QStringLiteral("sha256/AAAA")));
    EXPECT_FALSE(parsePin(QStringLiteral("sha256/not base64")));
    EXPECT_FALSE(parsePin(QString()));
}
