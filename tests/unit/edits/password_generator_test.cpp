#include "src/edits/password_generator.h"
#include "src/edits/word_list.h"
#include "tests/unit/support/doubles.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace vaultlink {
namespace {

using testing::FixedRandom;
using testing::SeededRandom;
using testing::SeqRandom;
using Mode = GeneratorOptions::Mode;

QByteArray text(const SecureBuffer &password) {
    return password.view().toByteArray();
}

GeneratorOptions characters(int length, const char *classes = "lUds") {
    GeneratorOptions options;
    options.length = length;
    const std::string chosen = classes;
    options.lower = chosen.find('l') != std::string::npos;
    options.upper = chosen.find('U') != std::string::npos;
    options.digits = chosen.find('d') != std::string::npos;
    options.symbols = chosen.find('s') != std::string::npos;
    return options;
}

GeneratorOptions words(int count, const QString &separator = QStringLiteral("-")) {
    GeneratorOptions options;
    options.mode = Mode::Words;
    options.words = count;
    options.separator = separator;
    return options;
}

GeneratorOptions withFlags(GeneratorOptions options, bool capitalize, bool appendDigit,
                           bool avoidAmbiguous = false) {
    options.capitalize = capitalize;
    options.appendDigit = appendDigit;
    options.avoidAmbiguous = avoidAmbiguous;
    return options;
}

// 'l', 'U', 'd', 's' for a character's class.
char classOf(char c) {
    if (c >= 'a' && c <= 'z')
        return 'l';
    if (c >= 'A' && c <= 'Z')
        return 'U';
    if (c >= '0' && c <= '9')
        return 'd';
    return 's';
}

// The value of chi-square that `degrees` of freedom exceed with probability 0.001
// (Wilson–Hilferty): a uniform draw fails a test against it once in a thousand seeds, and the
// seeds here are fixed.
double chiSquareLimit(double degrees) {
    const double z = 3.09;
    const double a = 2.0 / (9.0 * degrees);
    return degrees * std::pow(1.0 - a + z * std::sqrt(a), 3.0);
}

double chiSquare(const std::map<std::string, double> &expected,
                 const std::map<std::string, int> &seen) {
    double sum = 0;
    for (const auto &[key, count] : expected) {
        const auto it = seen.find(key);
        const double observed = it == seen.end() ? 0.0 : it->second;
        sum += (observed - count) * (observed - count) / count;
    }
    return sum;
}

struct Golden {
    const char *what = nullptr;
    GeneratorOptions options;
    std::function<QByteArray(const GeneratorOptions &)> make;
    const char *expected = nullptr;
};

QByteArray withFixed(const GeneratorOptions &options, int byte) {
    FixedRandom random(byte);
    return text(generatePassword(options, random));
}

QByteArray withSeq(const GeneratorOptions &options) {
    SeqRandom random;
    return text(generatePassword(options, random));
}

const auto zeros = [](const GeneratorOptions &o) { return withFixed(o, 0x00); };
const auto seq = [](const GeneratorOptions &o) { return withSeq(o); };

TEST(PasswordGenerator, TheSameRandomnessGivesTheSamePassword) {
    // All-zero draws take the first character or word every time, and put the class characters
    // at the first places, in class order: the expectations can be checked by hand. SeqRandom's
    // pin down everything else.
    const Golden rows[] = {
        {"zeros, every class", characters(20), zeros, "aA0!aaaaaaaaaaaaaaaa"},
        {"zeros, digits and symbols", characters(6, "ds"), zeros, "0!0000"},
        {"zeros, no ambiguous characters", withFlags(characters(8), false, false, true), zeros,
         "aA2!aaaa"},
        {"zeros, words", words(4), zeros, "abacus-abacus-abacus-abacus"},
        {"zeros, words capitalized with a digit", withFlags(words(3, "."), true, true), zeros,
         "Abacus0.Abacus.Abacus"},
        {"zeros, words without a separator", words(3, ""), zeros, "abacusabacusabacus"},
        {"sequence, every class", characters(20), seq, "cJzJO,mTQ.oV3(0\\?v2^"},
        {"sequence, lower only", characters(12, "l"), seq, "qvafkphzinsx"},
        {"sequence, words", withFlags(words(5, " "), true, true), seq,
         "Appear8 Pamperer Flypaper Carload Treat"},
    };
    for (const Golden &row : rows) {
        EXPECT_EQ(row.make(row.options), QByteArray(row.expected)) << row.what;
        EXPECT_EQ(row.make(row.options), row.make(row.options)) << row.what;
    }
}

TEST(PasswordGenerator, DrawsBeyondTheLastWholeRunAreDrawnAgain) {
    // 2^32 is not a multiple of 26: the values from the last multiple up would make the first
    // letters likelier, so they are rejected. Values are read most significant byte first.
    constexpr std::uint64_t kLimit = (std::uint64_t{1} << 32) - (std::uint64_t{1} << 32) % 26;
    class Scripted final : public Random {
    public:
        void fill(unsigned char *out, std::size_t size) override {
            ASSERT_EQ(size, 4u);
            const std::uint64_t value = next < values.size() ? values[next++] : 0;
            for (std::size_t i = 0; i < 4; ++i)
                out[i] = static_cast<unsigned char>(value >> (8 * (3 - i)));
        }
        std::vector<std::uint64_t> values;
        std::size_t next = 0;
    } random;
    // Four letters ('z' just below the limit; 'b' and 'c' after a rejection each), then the
    // place of the one letter the class must have (3 of 0..3) and that letter ('c').
    random.values = {kLimit - 1, kLimit, 27, 0xFFFF'FFFF, 28, 0, 3, 2};
    EXPECT_EQ(text(generatePassword(characters(4, "l"), random)), QByteArray("zbcc"));
    EXPECT_EQ(random.next, random.values.size());
}

TEST(PasswordGenerator, ASourceStuckOutOfRangeIsRefusedNotLoopedOn) {
    FixedRandom stuck(0xFF); // 0xFFFFFFFF is past the last whole run of 94
    EXPECT_THROW(generatePassword(characters(20), stuck), std::runtime_error);
}

TEST(PasswordGenerator, EveryChosenClassIsThereWhateverTheDraws) {
    const char *const chosen[] = {"lUds", "lUd", "ds", "Us", "l"};
    for (const char *classes : chosen) {
        for (const int length : {4, 5, 20}) {
            for (const bool avoid : {false, true}) {
                const GeneratorOptions options =
                    withFlags(characters(length, classes), false, false, avoid);
                for (std::uint64_t seed = 0; seed < 300; ++seed) {
                    SeededRandom random(seed);
                    const QByteArray password = text(generatePassword(options, random));
                    ASSERT_EQ(password.size(), length);
                    std::string seen;
                    for (const char c : password)
                        if (seen.find(classOf(c)) == std::string::npos)
                            seen.push_back(classOf(c));
                    std::sort(seen.begin(), seen.end());
                    std::string wanted = classes;
                    std::sort(wanted.begin(), wanted.end());
                    ASSERT_EQ(seen, wanted) << classes << " length " << length << " seed " << seed
                                            << ": " << password.constData();
                }
            }
        }
    }
}

TEST(PasswordGenerator, LeavesOutAmbiguousCharactersOnlyWhenAsked) {
    std::map<bool, QSet<char>> seen;
    for (const bool avoid : {false, true}) {
        SeededRandom random(7);
        for (int i = 0; i < 200; ++i)
            for (const char c :
                 text(generatePassword(withFlags(characters(128), false, false, avoid), random)))
                seen[avoid].insert(c);
    }
    EXPECT_EQ(seen[false].size(), 94) << "every printable ASCII character but the space";
    EXPECT_EQ(seen[true].size(), 94 - static_cast<qsizetype>(kAmbiguousCharacters.size()));
    for (const char c : kAmbiguousCharacters) {
        EXPECT_TRUE(seen[false].contains(c)) << c;
        EXPECT_FALSE(seen[true].contains(c)) << c;
    }
}

TEST(PasswordGenerator, CharactersAreDrawnUniformly) {
    // 100,000 characters. Besides the characters drawn from the whole pool, each password has
    // one of each class at a place drawn at random: a character c of class C is expected with
    // probability (1 - m/L)/N + 1/(L·|C|) at each place (m classes, pool N, length L).
    struct Row {
        const char *classes;
        int length;
    };
    for (const Row row : {Row{"l", 100}, Row{"lUds", 100}, Row{"ds", 10}}) {
        const GeneratorOptions options = characters(row.length, row.classes);
        const int passwords = 100'000 / row.length;
        std::map<std::string, int> seen;
        SeededRandom random(2026);
        for (int i = 0; i < passwords; ++i)
            for (const char c : text(generatePassword(options, random)))
                ++seen[std::string(1, c)];
        std::map<char, int> classSize;
        for (int c = 33; c < 127; ++c)
            if (std::string(row.classes).find(classOf(static_cast<char>(c))) != std::string::npos)
                ++classSize[classOf(static_cast<char>(c))];
        double pool = 0;
        for (const auto &entry : classSize)
            pool += entry.second;
        const double m = static_cast<double>(classSize.size());
        const double length = row.length;
        std::map<std::string, double> expected;
        for (int c = 33; c < 127; ++c) {
            const char ch = static_cast<char>(c);
            if (classSize.count(classOf(ch)) == 0)
                continue;
            const double p = (1 - m / length) / pool + 1 / (length * classSize[classOf(ch)]);
            expected[std::string(1, ch)] = p * length * passwords;
        }
        EXPECT_EQ(seen.size(), expected.size()) << row.classes;
        EXPECT_LT(chiSquare(expected, seen), chiSquareLimit(pool - 1)) << row.classes;
    }
}

TEST(PasswordGenerator, TheClassCharactersGoToUniformlyDrawnPlaces) {
    // Length 4 with four classes: every place holds one class, and each of the 24 orders is
    // equally likely (the first place is not always the lower-case letter).
    std::map<std::string, int> seen;
    SeededRandom random(99);
    for (int i = 0; i < 24'000; ++i) {
        std::string order;
        for (const char c : text(generatePassword(characters(4), random)))
            order.push_back(classOf(c));
        ++seen[order];
    }
    std::map<std::string, double> expected;
    std::string order = "Udls";
    do
        expected[order] = 1000;
    while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(seen.size(), 24u);
    EXPECT_LT(chiSquare(expected, seen), chiSquareLimit(23));
}

TEST(PasswordGenerator, WordsComeFromTheEffList) {
    const std::span<const std::string_view> list = effLargeWordList();
    ASSERT_EQ(list.size(), 7776u);
    EXPECT_EQ(list.front(), "abacus");
    EXPECT_EQ(list.back(), "zoom");
    QSet<QString> distinct;
    for (const std::string_view word : list) {
        distinct.insert(QString::fromLatin1(word.data(), static_cast<qsizetype>(word.size())));
        EXPECT_TRUE(std::all_of(word.begin(), word.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || c == '-';
        })) << word;
    }
    EXPECT_EQ(distinct.size(), 7776);

    // 100,000 words drawn, each word of the list expected about 12.9 times.
    std::map<std::string, int> seen;
    SeededRandom random(5);
    for (int i = 0; i < 20'000; ++i)
        for (const QByteArray &word : text(generatePassword(words(5, " "), random)).split(' '))
            ++seen[word.toStdString()];
    std::map<std::string, double> expected;
    for (const std::string_view word : list)
        expected[std::string(word)] = 100'000.0 / 7776;
    for (const auto &entry : seen)
        ASSERT_TRUE(expected.count(entry.first)) << entry.first << " is not in the list";
    EXPECT_LT(chiSquare(expected, seen), chiSquareLimit(7775));
}

TEST(PasswordGenerator, WordsAreCapitalizedAndGetOneDigitWhenAsked) {
    SeededRandom random(11);
    std::map<int, int> digitAfter; // which word the digit follows
    for (int i = 0; i < 600; ++i) {
        const QList<QByteArray> parts =
            text(generatePassword(withFlags(words(6, "_"), true, true), random)).split('_');
        ASSERT_EQ(parts.size(), 6);
        int digits = 0;
        for (int w = 0; w < parts.size(); ++w) {
            EXPECT_TRUE(parts[w][0] >= 'A' && parts[w][0] <= 'Z') << parts[w].constData();
            const char last = parts[w].back();
            if (last >= '0' && last <= '9') {
                ++digits;
                ++digitAfter[w];
            }
        }
        EXPECT_EQ(digits, 1);
    }
    EXPECT_EQ(digitAfter.size(), 6u) << "the digit follows any word, not always the last";
}

struct Invalid {
    const char *what = nullptr;
    GeneratorOptions options;
    std::optional<GeneratorProblem> problem;
};

TEST(PasswordGenerator, RefusesOptionsOutOfRange) {
    const Invalid rows[] = {
        {"shortest length", characters(kMinLength), std::nullopt},
        {"longest length", characters(kMaxLength), std::nullopt},
        {"too short", characters(3), GeneratorProblem::LengthOutOfRange},
        {"too long", characters(129), GeneratorProblem::LengthOutOfRange},
        {"negative length", characters(-20), GeneratorProblem::LengthOutOfRange},
        {"no class", characters(20, ""), GeneratorProblem::NoCharacterClass},
        {"fewest words", words(kMinWords), std::nullopt},
        {"most words", words(kMaxWords), std::nullopt},
        {"too few words", words(2), GeneratorProblem::WordsOutOfRange},
        {"too many words", words(21), GeneratorProblem::WordsOutOfRange},
        {"no separator", words(5, ""), std::nullopt},
        {"longest separator", words(5, "<=#=#=>."), std::nullopt},
        {"separator too long", words(5, "123456789"), GeneratorProblem::SeparatorTooLong},
        {"tab separator", words(5, "\t"), GeneratorProblem::SeparatorNotPrintable},
        {"newline separator", words(5, "-\n"), GeneratorProblem::SeparatorNotPrintable},
        {"non-ASCII separator", words(5, QStringLiteral("·")),
         GeneratorProblem::SeparatorNotPrintable},
        {"words ignore the length", withFlags(words(5), false, false), std::nullopt},
    };
    for (const Invalid &row : rows) {
        EXPECT_EQ(problemWith(row.options), row.problem) << row.what;
        SeqRandom random;
        if (row.problem) {
            EXPECT_THROW(generatePassword(row.options, random), std::invalid_argument) << row.what;
            EXPECT_THROW(generatorBits(row.options), std::invalid_argument) << row.what;
        } else {
            EXPECT_NO_THROW(generatePassword(row.options, random)) << row.what;
        }
    }
}

TEST(PasswordGenerator, ARefusalSaysWhatIsWrong) {
    SeqRandom random;
    const std::invalid_argument error =
        testing::thrownBy<std::invalid_argument>([&] { generatePassword(characters(200), random); },
                                                 [] { return std::invalid_argument(""); });
    EXPECT_STREQ(error.what(), "password generator: the length must be 4 to 128 characters");
}

TEST(PasswordGenerator, CountsTheBitsItsOptionsGive) {
    // Four lower-case letters or digits holding both: 36^4 - 26^4 - 10^4 strings.
    EXPECT_DOUBLE_EQ(generatorBits(characters(4, "ld")), std::log2(1'212'640.0));
    EXPECT_DOUBLE_EQ(generatorBits(characters(16, "l")), 16 * std::log2(26.0));
    // Long passwords: nearly every string holds every class.
    EXPECT_NEAR(generatorBits(characters(128)), 128 * std::log2(94.0), 1e-6);
    EXPECT_NEAR(generatorBits(characters(20)), 20 * std::log2(94.0), 0.5);
    EXPECT_LT(generatorBits(withFlags(characters(20), false, false, true)),
              generatorBits(characters(20)));
    EXPECT_DOUBLE_EQ(generatorBits(words(6)), 6 * std::log2(7776.0));
    EXPECT_DOUBLE_EQ(generatorBits(withFlags(words(6), true, false)), 6 * std::log2(7776.0));
    EXPECT_DOUBLE_EQ(generatorBits(withFlags(words(6), false, true)),
                     6 * std::log2(7776.0) + std::log2(60.0));
}

} // namespace
} // namespace vaultlink
