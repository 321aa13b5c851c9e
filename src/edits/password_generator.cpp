#include "src/edits/password_generator.h"

#include "src/crypto/random.h"
#include "src/edits/word_list.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace vaultlink {

namespace {
constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kDigits = "0123456789";
constexpr std::string_view kSymbols = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

// With a working source a draw is rejected with a probability below 2^-19, so this many
// rejections in a row mean a broken one (or a test double stuck on one value), not bad luck.
constexpr int kMaxRejections = 64;

// A uniform draw from [0, bound). Taking a 32-bit value modulo `bound` would favour the low
// results whenever `bound` does not divide 2^32: values from that last, incomplete run of
// `bound` are drawn again instead.
std::size_t draw(Random &random, std::size_t bound) {
    constexpr std::uint64_t kRange = std::uint64_t{1} << 32;
    const std::uint64_t limit = kRange - kRange % bound;
    for (int attempt = 0; attempt < kMaxRejections; ++attempt) {
        unsigned char bytes[4];
        random.fill(bytes, sizeof bytes);
        std::uint64_t value = 0;
        for (const unsigned char byte : bytes)
            value = (value << 8) | byte;
        if (value < limit)
            return static_cast<std::size_t>(value % bound);
    }
    throw std::runtime_error("the random source keeps giving the same out-of-range values");
}

std::string classOf(std::string_view characters, bool avoidAmbiguous) {
    std::string kept;
    for (const char c : characters)
        if (!avoidAmbiguous || kAmbiguousCharacters.find(c) == std::string_view::npos)
            kept.push_back(c);
    return kept;
}

std::vector<std::string> chosenClasses(const GeneratorOptions &options) {
    std::vector<std::string> classes;
    const std::pair<bool, std::string_view> all[] = {{options.lower, kLower},
                                                     {options.upper, kUpper},
                                                     {options.digits, kDigits},
                                                     {options.symbols, kSymbols}};
    for (const auto &[chosen, characters] : all)
        if (chosen)
            classes.push_back(classOf(characters, options.avoidAmbiguous));
    return classes;
}

std::string describe(GeneratorProblem problem) {
    const std::string what = "password generator: ";
    switch (problem) {
    case GeneratorProblem::LengthOutOfRange:
        return what + "the length must be " + std::to_string(kMinLength) + " to " +
               std::to_string(kMaxLength) + " characters";
    case GeneratorProblem::NoCharacterClass:
        return what + "no character class is chosen";
    case GeneratorProblem::WordsOutOfRange:
        return what + "the number of words must be " + std::to_string(kMinWords) + " to " +
               std::to_string(kMaxWords);
    case GeneratorProblem::SeparatorTooLong:
        return what + "the separator is longer than " + std::to_string(kMaxSeparatorLength) +
               " characters";
    case GeneratorProblem::SeparatorNotPrintable:
        return what + "the separator holds a character outside printable ASCII";
    }
    return what + "invalid options";
}

SecureBuffer characters(const GeneratorOptions &options, Random &random) {
    const std::vector<std::string> classes = chosenClasses(options);
    std::string pool;
    for (const std::string &characters : classes)
        pool += characters;
    const auto length = static_cast<std::size_t>(options.length);
    SecureBuffer password(length);
    for (std::size_t i = 0; i < length; ++i)
        password.data()[i] = static_cast<unsigned char>(pool[draw(random, pool.size())]);
    // One character of each class goes to a place of its own, the places drawn uniformly (the
    // first steps of a Fisher–Yates shuffle): fixed places would tell an attacker which class
    // each of them holds. The places are as secret as the password (length ≤ 128: a byte each).
    SecureBuffer places(length);
    for (std::size_t i = 0; i < length; ++i)
        places.data()[i] = static_cast<unsigned char>(i);
    for (std::size_t k = 0; k < classes.size(); ++k) {
        std::swap(places.data()[k], places.data()[k + draw(random, length - k)]);
        password.data()[places.data()[k]] =
            static_cast<unsigned char>(classes[k][draw(random, classes[k].size())]);
    }
    return password;
}

SecureBuffer words(const GeneratorOptions &options, Random &random) {
    const std::span<const std::string_view> list = effLargeWordList();
    const QByteArray separator = options.separator.toLatin1(); // printable ASCII, checked
    const auto count = static_cast<std::size_t>(options.words);
    const std::size_t digitAfter = options.appendDigit ? draw(random, count) : count;
    static const std::size_t longest =
        std::ranges::max(list, {}, [](std::string_view word) { return word.size(); }).size();
    // Written into a buffer large enough for the longest words, then copied at its length:
    // both wipe themselves.
    SecureBuffer scratch(count * (longest + static_cast<std::size_t>(separator.size())) + 1);
    unsigned char *out = scratch.data();
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            out = std::copy(separator.cbegin(), separator.cend(), out);
        const std::string_view word = list[draw(random, list.size())];
        unsigned char *first = out;
        out = std::copy(word.cbegin(), word.cend(), out);
        if (options.capitalize)
            *first = static_cast<unsigned char>(*first - 'a' + 'A'); // the list is lower case
        if (i == digitAfter)
            *out++ = static_cast<unsigned char>('0' + draw(random, 10));
    }
    const auto used = static_cast<qsizetype>(out - scratch.data());
    return SecureBuffer::copyOf(scratch.view().first(used));
}

double characterBits(const GeneratorOptions &options) {
    const std::vector<std::string> classes = chosenClasses(options);
    std::size_t pool = 0;
    for (const std::string &characters : classes)
        pool += characters.size();
    // Inclusion–exclusion over the classes that could be missing, each term scaled by
    // pool^length so that the sum stays within a double's range for any length.
    double share = 0;
    const unsigned subsets = 1u << classes.size();
    for (unsigned missing = 0; missing < subsets; ++missing) {
        std::size_t left = pool;
        int sign = 1;
        for (std::size_t k = 0; k < classes.size(); ++k) {
            if (missing & (1u << k)) {
                left -= classes[k].size();
                sign = -sign;
            }
        }
        share +=
            sign * std::pow(static_cast<double>(left) / static_cast<double>(pool), options.length);
    }
    return options.length * std::log2(static_cast<double>(pool)) + std::log2(share);
}
} // namespace

std::optional<GeneratorProblem> problemWith(const GeneratorOptions &options) {
    if (options.mode == GeneratorOptions::Mode::Characters) {
        if (options.length < kMinLength || options.length > kMaxLength)
            return GeneratorProblem::LengthOutOfRange;
        if (!options.lower && !options.upper && !options.digits && !options.symbols)
            return GeneratorProblem::NoCharacterClass;
        return std::nullopt;
    }
    if (options.words < kMinWords || options.words > kMaxWords)
        return GeneratorProblem::WordsOutOfRange;
    if (options.separator.size() > kMaxSeparatorLength)
        return GeneratorProblem::SeparatorTooLong;
    for (const QChar c : options.separator)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return GeneratorProblem::SeparatorNotPrintable;
    return std::nullopt;
}

SecureBuffer generatePassword(const GeneratorOptions &options, Random &random) {
    if (const std::optional<GeneratorProblem> problem = problemWith(options))
        throw std::invalid_argument(describe(*problem));
    return options.mode == GeneratorOptions::Mode::Characters ? characters(options, random)
                                                              : words(options, random);
}

double generatorBits(const GeneratorOptions &options) {
    if (const std::optional<GeneratorProblem> problem = problemWith(options))
        throw std::invalid_argument(describe(*problem));
    if (options.mode == GeneratorOptions::Mode::Characters)
        return characterBits(options);
    const double bits = options.words * std::log2(static_cast<double>(effLargeWordList().size()));
    return options.appendDigit ? bits + std::log2(10.0 * options.words) : bits;
}

} // namespace vaultlink
