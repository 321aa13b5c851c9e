#pragma once

#include "src/crypto/secure_buffer.h"
#include "src/edits/password_generator.h"

#include <QStringList>

namespace vaultlink {

// How hard a password is to guess, as zxcvbn estimates it: by the patterns people use (words,
// names, dates, keyboard walks, repeats, l33t), not by its length and character classes alone.
struct Strength {
    double bits = 0; // log2 of the guesses an attacker is expected to need
    int score = 0;   // 0..4, zxcvbn's: fewer than 1e3, 1e6, 1e8, 1e10 guesses, or more
    // At 1e10 guesses a second (a fast hash attacked offline on many GPUs), at most
    // kCrackSecondsCap.
    qint64 crackSecondsOffline = 0;
};

// About 31.7 million years: anything longer is "forever" to a user, and a JSON number this
// large is still exact.
inline constexpr qint64 kCrackSecondsCap = 1'000'000'000'000'000;

// Score and time for a number of bits (2^bits guesses).
Strength strengthOfBits(double bits);

// The password as UTF-8. `userWords` are what an attacker aiming at this record knows: its
// name, the user name, the URL's host; a password made of them (alice2024 for alice) scores
// low. Each is also taken apart at anything not a letter or digit (alice@example.com: alice,
// example).
Strength estimateStrength(const SecureBuffer &password, const QStringList &userWords = {});

// A password this generator made with these options: zxcvbn's estimate, but never more bits than
// the options give (generatorBits), since an attacker may know how the password was made.
Strength generatedStrength(const SecureBuffer &password, const GeneratorOptions &options);

} // namespace vaultlink
