#include "src/crypto/kdf.h"
#include "tests/unit/support/doubles.h"

#include <QJsonObject>

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>

using namespace vaultlink;

namespace {
KdfParams minimum() {
    KdfParams params;
    params.salt = QByteArray(16, 's');
    return params;
}
} // namespace

TEST(Kdf, DerivesA256BitKeyThatDependsOnPasswordAndSalt) {
    const KdfParams params = minimum();
    const SecureBuffer a = deriveKey(SecureBuffer::copyOf("correct horse"), params);
    EXPECT_EQ(a.size(), 32U);
    EXPECT_TRUE(a.equals(deriveKey(SecureBuffer::copyOf("correct horse"), params)));
    EXPECT_FALSE(a.equals(deriveKey(SecureBuffer::copyOf("correct horsf"), params)));
    KdfParams salted = params;
    salted.salt[0] = 't';
    EXPECT_FALSE(a.equals(deriveKey(SecureBuffer::copyOf("correct horse"), salted)));
    EXPECT_EQ(deriveKey(SecureBuffer(), params).size(), 32U); // an empty password still works
}

TEST(Kdf, RefusesToDeriveBelowTheMinimum) {
    KdfParams weak = minimum();
    weak.logN = 16; // 2^16 needs two passes
    EXPECT_THROW(deriveKey(SecureBuffer::copyOf("pw"), weak), std::invalid_argument);
    KdfParams unsalted = minimum();
    unsalted.salt = QByteArray(8, 's');
    EXPECT_THROW(deriveKey(SecureBuffer::copyOf("pw"), unsalted), std::invalid_argument);
}

TEST(Kdf, ParametersRoundTripThroughJson) {
    KdfParams params = minimum();
    params.logN = 18;
    params.p = 3;
    const auto back = KdfParams::fromJson(params.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->algorithm, QStringLiteral("scrypt"));
    EXPECT_EQ(back->logN, 18);
    EXPECT_EQ(back->r, 8);
    EXPECT_EQ(back->p, 3);
    EXPECT_EQ(back->salt, params.salt);
}

struct BadJson {
    const char *name;
    const char *key;
    QJsonValue value;
};

void PrintTo(const BadJson &bad, std::ostream *os) {
    *os << bad.name;
}

class KdfBadJson : public ::testing::TestWithParam<BadJson> {};

TEST_P(KdfBadJson, IsRefused) {
    QJsonObject json = minimum().toJson();
    json.insert(QLatin1String(GetParam().key), GetParam().value);
    EXPECT_FALSE(KdfParams::fromJson(json).has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Table, KdfBadJson,
    ::testing::Values(BadJson{"argon2_unknown_yet", "algorithm", QStringLiteral("argon2id")},
                      BadJson{"below_minimum_n", "logN", 16},
                      BadJson{"far_below_minimum_n", "logN", 12}, BadJson{"huge_n", "logN", 40},
                      BadJson{"fractional_n", "logN", 17.5}, BadJson{"small_r", "r", 4},
                      BadJson{"zero_p", "p", 0}, BadJson{"text_p", "p", QStringLiteral("1")},
                      BadJson{"short_salt", "salt", QStringLiteral("c2FsdA==")},
                      BadJson{"bad_base64", "salt", QStringLiteral("***")}),
    [](const ::testing::TestParamInfo<BadJson> &param) { return std::string(param.param.name); });

TEST(KdfCalibration, NeverGoesBelowTheMinimumOnASlowDevice) {
    vaultlink::testing::SeqRandom random;
    const KdfParams params =
        calibrateKdf(random, std::chrono::milliseconds(500), std::size_t{256} << 20,
                     [](const KdfParams &) { return 2.0; });
    EXPECT_TRUE(params.meetsMinimum());
    EXPECT_EQ(params.logN, 17);
    EXPECT_EQ(params.p, 1);
    EXPECT_EQ(params.salt.size(), 16);
}

struct Equivalent {
    int logN;
    int p;
    bool meets;
};

class OwaspEquivalents : public ::testing::TestWithParam<Equivalent> {};

TEST_P(OwaspEquivalents, LessMemoryNeedsMorePasses) {
    KdfParams params = minimum();
    params.logN = GetParam().logN;
    params.p = GetParam().p;
    EXPECT_EQ(params.meetsMinimum(), GetParam().meets);
}

INSTANTIATE_TEST_SUITE_P(Table, OwaspEquivalents,
                         ::testing::Values(Equivalent{17, 1, true}, Equivalent{16, 2, true},
                                           Equivalent{16, 1, false}, Equivalent{15, 3, true},
                                           Equivalent{15, 2, false}, Equivalent{14, 5, true},
                                           Equivalent{14, 4, false}, Equivalent{13, 10, true},
                                           Equivalent{13, 9, false}, Equivalent{12, 64, false}));

TEST(KdfCalibration, ADefaultCapOf32MiBUsesTheThreePassForm) {
    vaultlink::testing::SeqRandom random;
    const KdfParams params = calibrateKdf(random, std::chrono::milliseconds(500), kDefaultKdfMemory,
                                          [](const KdfParams &) { return 0.25; });
    EXPECT_EQ(kDefaultKdfMemory, std::size_t{32} << 20);
    EXPECT_EQ(params.logN, 15);
    EXPECT_EQ(params.r, 8);
    EXPECT_EQ(params.p, 6); // twice the three passes that took 250 ms
    EXPECT_TRUE(params.meetsMinimum());
    EXPECT_LE(params.memoryBytes(), kDefaultKdfMemory);
}

TEST(KdfCalibration, ATinyCapStillMeetsTheMinimum) {
    vaultlink::testing::SeqRandom random;
    const KdfParams params =
        calibrateKdf(random, std::chrono::milliseconds(500), std::size_t{4} << 20,
                     [](const KdfParams &) { return 1.0; });
    EXPECT_EQ(params.logN, 13);
    EXPECT_EQ(params.p, 10);
}

TEST(KdfCalibration, GrowsMemoryUpToTheCapThenParallelism) {
    vaultlink::testing::SeqRandom random;
    // The minimum takes 50 ms here; the target is ten times that.
    const KdfParams params =
        calibrateKdf(random, std::chrono::milliseconds(500), std::size_t{256} << 20,
                     [](const KdfParams &) { return 0.05; });
    EXPECT_EQ(params.logN, 18); // 256 MiB, the cap
    EXPECT_EQ(params.p, 5);     // the remaining factor of five
    EXPECT_LE(params.memoryBytes(), std::size_t{256} << 20);
}

struct Leaner {
    int logN, p;         // a stored profile's
    int leanLogN, leanP; // 0: nothing to change
};

class LeanerKdf : public ::testing::TestWithParam<Leaner> {};

TEST_P(LeanerKdf, KeepsTheWorkAndHalvesTheMemory) {
    vaultlink::testing::SeqRandom random;
    KdfParams params = minimum();
    params.logN = GetParam().logN;
    params.p = GetParam().p;
    const std::optional<KdfParams> lean = leanerKdf(params, random);
    if (GetParam().leanLogN == 0) {
        EXPECT_FALSE(lean.has_value());
        return;
    }
    ASSERT_TRUE(lean.has_value());
    EXPECT_EQ(lean->logN, GetParam().leanLogN);
    EXPECT_EQ(lean->p, GetParam().leanP);
    EXPECT_EQ(lean->r, params.r);
    EXPECT_TRUE(lean->meetsMinimum());
    EXPECT_LE(lean->memoryBytes(), kDefaultKdfMemory);
    EXPECT_NE(lean->salt, params.salt); // a new wrap gets a new salt
    // The attacker's work per guess (N x p) is not lowered.
    EXPECT_GE((std::int64_t{1} << lean->logN) * lean->p,
              (std::int64_t{1} << params.logN) * params.p);
}

INSTANTIATE_TEST_SUITE_P(Table, LeanerKdf,
                         ::testing::Values(Leaner{16, 3, 15, 6}, // the old default: 64 MiB
                                           Leaner{16, 2, 15, 4}, Leaner{17, 1, 15, 4},
                                           Leaner{15, 6, 0, 0}, // already 32 MiB
                                           Leaner{14, 9, 0, 0},
                                           Leaner{18, 33, 0, 0})); // 132 passes: over the cap
