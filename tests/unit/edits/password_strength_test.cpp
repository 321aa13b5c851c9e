#include "src/edits/password_strength.h"
#include "tests/unit/support/doubles.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

namespace vaultlink {
namespace {

using testing::SeededRandom;

Strength of(const char *password, const QStringList &userWords = {}) {
    return estimateStrength(SecureBuffer::copyOf(QByteArrayView(password)), userWords);
}

struct Row {
    const char *password = nullptr;
    QStringList userWords;
    int score = 0;
};

TEST(PasswordStrength, ScoresWhatPeopleChooseAsZxcvbnDoes) {
    const Row rows[] = {
        {"password", {}, 0},
        {"", {}, 0},
        {"qwerty", {}, 0},                       // a keyboard row
        {"alice2024", {}, 1},                    // a name and a year
        {"alice2024", {"alice"}, 0},             // … the user's own name
        {"alice2024", {"alice@example.com"}, 0}, // … found inside the user name
        {"Alice2024", {"ALICE"}, 0},             // in any case
        {"alice2024", {"bob", "example.com"}, 1},
        {"correct horse battery staple", {}, 4},
        {"Tr0ub4dor&3", {}, 4},
    };
    for (const Row &row : rows)
        EXPECT_EQ(of(row.password, row.userWords).score, row.score)
            << row.password << " with " << row.userWords.join(u',').toStdString();
}

TEST(PasswordStrength, FourCommonWordsBeatOneMangledWord) {
    EXPECT_GT(of("correct horse battery staple").bits, of("Tr0ub4dor&3").bits);
}

TEST(PasswordStrength, AUserWordLowersTheEstimate) {
    const Strength without = of("alice2024");
    const Strength with = of("alice2024", {"alice"});
    EXPECT_LT(with.bits, without.bits);
    EXPECT_LT(with.score, without.score);
    EXPECT_LT(with.crackSecondsOffline, 1);
}

TEST(PasswordStrength, GeneratedCharacterPasswordsAreStrong) {
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        SeededRandom random(seed);
        const SecureBuffer password = generatePassword(GeneratorOptions{}, random);
        const Strength strength = estimateStrength(password);
        EXPECT_EQ(strength.score, 4) << seed;
        EXPECT_GT(strength.bits, 80) << seed;
        EXPECT_EQ(strength.crackSecondsOffline, kCrackSecondsCap) << seed;
    }
}

TEST(PasswordStrength, AGeneratedPasswordIsWorthNoMoreThanItsGenerator) {
    // zxcvbn does not know the EFF list and counts most of its words letter by letter; an
    // attacker who knows the generator needs 7776^5 guesses at most.
    GeneratorOptions options;
    options.mode = GeneratorOptions::Mode::Words;
    SeededRandom random(1);
    const SecureBuffer password = generatePassword(options, random);
    EXPECT_GT(estimateStrength(password).bits, generatorBits(options));
    const Strength strength = generatedStrength(password, options);
    EXPECT_DOUBLE_EQ(strength.bits, 5 * std::log2(7776.0));
    EXPECT_EQ(strength.score, 4);

    // A short one: zxcvbn's estimate is the lower.
    GeneratorOptions digits;
    digits.length = 4;
    digits.lower = digits.upper = digits.symbols = false;
    const SecureBuffer pin = SecureBuffer::copyOf(QByteArrayView("1234"));
    EXPECT_LT(generatedStrength(pin, digits).bits, generatorBits(digits));
}

struct Threshold {
    double bits;
    int score;
    qint64 seconds;
};

TEST(PasswordStrength, ScoresAndTimesFollowTheGuesses) {
    const double perSecond = std::log2(1e10);
    const Threshold rows[] = {
        {-3, 0, 0},
        {0, 0, 0},
        {std::log2(1e3) - 0.01, 0, 0},
        {std::log2(1e3), 1, 0},
        {std::log2(1e6) - 0.01, 1, 0},
        {std::log2(1e6), 2, 0},
        {std::log2(1e8), 3, 0},
        {std::log2(1e10) - 0.01, 3, 0},
        {std::log2(1e10), 4, 1},
        {perSecond + 10 + 1e-9, 4, 1024},
        {perSecond + 20 + 1e-9, 4, qint64{1} << 20},
        {perSecond + 49.9, 4, kCrackSecondsCap},
        {900, 4, kCrackSecondsCap},
    };
    for (const Threshold &row : rows) {
        const Strength strength = strengthOfBits(row.bits);
        EXPECT_EQ(strength.score, row.score) << row.bits;
        EXPECT_EQ(strength.crackSecondsOffline, row.seconds) << row.bits;
        EXPECT_GE(strength.bits, 0);
    }
}

} // namespace
} // namespace vaultlink
