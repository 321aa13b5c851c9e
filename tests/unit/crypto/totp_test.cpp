#include "src/crypto/totp.h"

#include <gtest/gtest.h>

using namespace vaultlink;

namespace {

// RFC 6238 appendix B, SHA-1: the seed "12345678901234567890" in base32.
constexpr char kRfcSeed[] = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

struct Vector {
    qint64 time;
    const char *code;
};

class TotpRfc : public testing::TestWithParam<Vector> {};

TEST_P(TotpRfc, GivesTheRfcCodes) {
    const auto seed = TotpSeed::parse(
        QStringLiteral("otpauth://totp/x?secret=%1&digits=8").arg(QLatin1String(kRfcSeed)));
    ASSERT_TRUE(seed);
    EXPECT_EQ(seed->code(GetParam().time), QLatin1String(GetParam().code));
}

INSTANTIATE_TEST_SUITE_P(AppendixB, TotpRfc,
                         testing::Values(Vector{59, "94287082"}, Vector{1111111109, "07081804"},
                                         Vector{1111111111, "14050471"},
                                         Vector{1234567890, "89005924"},
                                         Vector{2000000000, "69279037"},
                                         Vector{20000000000, "65353130"}));

TEST(TotpSeed, ABareSecretGivesSixDigitsEveryThirtySeconds) {
    const auto seed = TotpSeed::parse(QStringLiteral(" gezd gnbv gy3t qojq gezd gnbv gy3t qojq "));
    ASSERT_TRUE(seed);
    EXPECT_EQ(seed->digits, 6);
    EXPECT_EQ(seed->code(59), QStringLiteral("287082")); // the RFC's code, last six digits
    EXPECT_EQ(seed->secondsLeft(59), 1);
    EXPECT_EQ(seed->secondsLeft(60), 30);
}

TEST(TotpSeed, TheUriSetsDigitsAndPeriod) {
    const auto seed = TotpSeed::parse(
        QStringLiteral("otpauth://totp/Demo:alice?secret=%1&period=60&digits=7&issuer=Demo")
            .arg(QLatin1String(kRfcSeed)));
    ASSERT_TRUE(seed);
    EXPECT_EQ(seed->digits, 7);
    EXPECT_EQ(seed->periodSeconds, 60);
    EXPECT_EQ(seed->code(59).size(), 7);
}

class TotpRefused : public testing::TestWithParam<const char *> {};

TEST_P(TotpRefused, IsNotASeed) {
    EXPECT_FALSE(TotpSeed::parse(QString::fromUtf8(GetParam())));
}

INSTANTIATE_TEST_SUITE_P(Table, TotpRefused,
                         testing::Values("", "   ", "not base32!", "18",
                                         "otpauth://hotp/x?secret=GEZDGNBV",
                                         "otpauth://totp/x?secret=GEZDGNBV&algorithm=SHA256",
                                         "otpauth://totp/x?secret=GEZDGNBV&digits=4",
                                         "otpauth://totp/x?secret=GEZDGNBV&period=0",
                                         "otpauth://totp/x"));

} // namespace
