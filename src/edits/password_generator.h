#pragma once

#include "src/crypto/secure_buffer.h"

#include <QString>

#include <optional>
#include <string_view>

namespace vaultlink {

class Random;

// What a new password is made of: characters of the chosen classes, or words of the EFF large
// word list (src/edits/word_list.h).
struct GeneratorOptions {
    enum class Mode { Characters, Words };
    Mode mode = Mode::Characters;

    // Characters: at least one of each chosen class.
    int length = 20;
    bool lower = true;
    bool upper = true;
    bool digits = true;
    bool symbols = true;         // ASCII punctuation: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
    bool avoidAmbiguous = false; // leaves out kAmbiguousCharacters

    // Words.
    int words = 5;
    QString separator = QStringLiteral("-");
    bool capitalize = false;  // each word's first letter
    bool appendDigit = false; // one digit 0-9 after one word, both drawn at random
};

// Characters easily misread or mistyped when a password is copied by eye: 0 O o, 1 l I |, and
// punctuation that is small or alike in many fonts (` ' " , . ; :).
inline constexpr std::string_view kAmbiguousCharacters = "0Oo1lI|`'\",.;:";

inline constexpr int kMinLength = 4;
inline constexpr int kMaxLength = 128;
inline constexpr int kMinWords = 3;
inline constexpr int kMaxWords = 20;
// The separator is typed on other devices' keyboards and into any site's form: printable ASCII.
inline constexpr int kMaxSeparatorLength = 8;

// What is wrong with options, for the front ends to say in their words before generating.
enum class GeneratorProblem {
    LengthOutOfRange,     // Characters: not kMinLength..kMaxLength
    NoCharacterClass,     // Characters: every class switched off
    WordsOutOfRange,      // Words: not kMinWords..kMaxWords
    SeparatorTooLong,     // Words: more than kMaxSeparatorLength characters
    SeparatorNotPrintable // Words: a character outside printable ASCII (space included)
};
std::optional<GeneratorProblem> problemWith(const GeneratorOptions &options);

// A new password, as UTF-8 (always ASCII) in a buffer that wipes itself: it is a secret from the
// start. Every character or word is drawn uniformly from `random` (rejection sampling, no modulo
// bias). Throws std::invalid_argument for options problemWith() finds fault with.
SecureBuffer generatePassword(const GeneratorOptions &options, Random &random);

// log2 of how many passwords these options can give: what one costs an attacker who knows them.
// Characters: the strings of that length over the chosen classes holding each of them.
double generatorBits(const GeneratorOptions &options);

} // namespace vaultlink
