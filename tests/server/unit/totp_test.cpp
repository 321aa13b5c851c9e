#include "server/crypto/totp.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
// RFC 6238 appendix B, SHA-1 rows, truncated to 6 digits (the last six of the 8-digit codes).
struct Vector {
    qint64 unixSeconds;
    const char *code;
};
constexpr Vector kVectors[] = {{59, "287082"},         {1111111109, "081804"},
                               {1111111111, "050471"}, {1234567890, "005924"},
                               {2000000000, "279037"}, {20000000000, "353130"}};
constexpr char kSecret[] = "12345678901234567890";
void PrintTo(const Vector &v, std::ostream *os) {
    *os << "t=" << v.unixSeconds;
}
} // namespace

class TotpVectors : public ::testing::TestWithParam<Vector> {};

TEST_P(TotpVectors, MatchesRfc6238) {
    const Vector v = GetParam();
    EXPECT_EQ(totpCode(kSecret, totpStep(v.unixSeconds * 1000)), QString::fromLatin1(v.code));
}

INSTANTIATE_TEST_SUITE_P(Rfc6238, TotpVectors, ::testing::ValuesIn(kVectors));

TEST(Totp, AcceptsOneStepOfDriftEitherSide) {
    const qint64 now = 1'800'000'000'000;
    const qint64 step = totpStep(now);
    EXPECT_EQ(totpMatch(kSecret, totpCode(kSecret, step - 1), now, 0), step - 1);
    EXPECT_EQ(totpMatch(kSecret, totpCode(kSecret, step + 1), now, 0), step + 1);
    EXPECT_EQ(totpMatch(kSecret, totpCode(kSecret, step - 2), now, 0), -1);
}

TEST(Totp, RefusesAReplayedStep) {
    const qint64 now = 1'800'000'000'000;
    const qint64 step = totpStep(now);
    const QString code = totpCode(kSecret, step);
    EXPECT_EQ(totpMatch(kSecret, code, now, step - 1), step);
    EXPECT_EQ(totpMatch(kSecret, code, now, step), -1);
}

TEST(Totp, RefusesWrongAndMalformedCodes) {
    const qint64 now = 1'800'000'000'000;
    const QString right = totpCode(kSecret, totpStep(now));
    QString wrong = right;
    wrong[0] = right[0] == QLatin1Char('9') ? QLatin1Char('0') : QChar(right[0].unicode() + 1);
    EXPECT_EQ(totpMatch(kSecret, wrong, now, 0), -1);
    EXPECT_EQ(totpMatch(kSecret, QStringLiteral(""), now, 0), -1);
    EXPECT_EQ(totpMatch(kSecret, right + QLatin1Char('0'), now, 0), -1);
}

TEST(Totp, OtpauthUriCarriesTheBase32Secret) {
    const QString uri =
        otpauthUri(QStringLiteral("Vault Server"), QStringLiteral("carol"), kSecret);
    EXPECT_TRUE(uri.startsWith(QStringLiteral("otpauth://totp/Vault%20Server:carol?")));
    EXPECT_TRUE(uri.contains(QStringLiteral("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")));
}
