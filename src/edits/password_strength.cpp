#include "src/edits/password_strength.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>
#include <zxcvbn.h>

namespace vaultlink {

namespace {
// zxcvbn's thresholds of its scores 1 to 4, in guesses.
constexpr double kScoreGuesses[] = {1e3, 1e6, 1e8, 1e10};
constexpr double kGuessesPerSecond = 1e10;

// Each word, and its runs of letters and digits of three or more: shorter fragments are in
// zxcvbn's own dictionaries anyway, and would match in almost any password.
QList<QByteArray> dictionaryOf(const QStringList &userWords) {
    QList<QByteArray> words;
    const auto add = [&words](const QString &word) {
        const QByteArray utf8 = word.toLower().toUtf8();
        if (!utf8.isEmpty() && !words.contains(utf8))
            words.append(utf8);
    };
    for (const QString &word : userWords) {
        add(word.trimmed());
        QString run;
        for (const QChar c : word + u' ') {
            if (c.isLetterOrNumber()) {
                run.append(c);
                continue;
            }
            if (run.size() >= 3)
                add(run);
            run.clear();
        }
    }
    return words;
}
} // namespace

Strength strengthOfBits(double bits) {
    Strength strength;
    strength.bits = std::max(bits, 0.0);
    for (const double guesses : kScoreGuesses)
        if (strength.bits >= std::log2(guesses))
            ++strength.score;
    // Compared as logarithms: 2^bits overflows a double for the longest passwords.
    const double log2Seconds = strength.bits - std::log2(kGuessesPerSecond);
    strength.crackSecondsOffline = log2Seconds >= std::log2(static_cast<double>(kCrackSecondsCap))
                                       ? kCrackSecondsCap
                                       : static_cast<qint64>(std::floor(std::exp2(log2Seconds)));
    return strength;
}

Strength estimateStrength(const SecureBuffer &password, const QStringList &userWords) {
    // zxcvbn takes a C string: a terminated copy, wiped like the password itself.
    SecureBuffer terminated(password.size() + 1);
    if (!password.isEmpty())
        std::memcpy(terminated.data(), password.data(), password.size());
    terminated.data()[password.size()] = '\0';

    const QList<QByteArray> words = dictionaryOf(userWords);
    std::vector<const char *> dictionary;
    for (const QByteArray &word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    // zxcvbn-c returns log2 of the guesses its matches add up to (it sums their natural
    // logarithms and divides by ln 2), which is what the scores are thresholds of.
    const double bits =
        ZxcvbnMatch(reinterpret_cast<const char *>(terminated.data()), dictionary.data(), nullptr);
    return strengthOfBits(bits);
}

Strength generatedStrength(const SecureBuffer &password, const GeneratorOptions &options) {
    const Strength estimated = estimateStrength(password);
    return strengthOfBits(std::min(estimated.bits, generatorBits(options)));
}

} // namespace vaultlink
