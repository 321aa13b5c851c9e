#include "src/ui/strength_words.h"

#include <cmath>

namespace vaultlink::ui {

QString StrengthWords::scoreName(int score) {
    switch (score) {
    case 0:
        return tr("Very weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Good");
    default:
        return tr("Strong");
    }
}

// Roughly, as zxcvbn tells it: past a hundred years it is "centuries".
QString StrengthWords::duration(qint64 seconds) {
    constexpr qint64 kYear = 31'557'600;
    constexpr qint64 kMonth = kYear / 12;
    if (seconds >= 100 * kYear)
        return tr("centuries");
    const auto count = [&](qint64 unit) { return static_cast<int>(seconds / unit); };
    if (seconds >= kYear)
        return tr("%n year(s)", nullptr, count(kYear));
    if (seconds >= kMonth)
        return tr("%n month(s)", nullptr, count(kMonth));
    if (seconds >= 86'400)
        return tr("%n day(s)", nullptr, count(86'400));
    if (seconds >= 3'600)
        return tr("%n hour(s)", nullptr, count(3'600));
    if (seconds >= 60)
        return tr("%n minute(s)", nullptr, count(60));
    if (seconds >= 1)
        return tr("%n second(s)", nullptr, count(1));
    return tr("less than a second");
}

QString StrengthWords::describe(const Strength &strength) {
    return tr("%1: about %2 bits; %3 to guess at 10 billion guesses a second")
        .arg(scoreName(strength.score))
        .arg(std::lround(strength.bits))
        .arg(duration(strength.crackSecondsOffline));
}

QString StrengthWords::problem(GeneratorProblem problem) {
    switch (problem) {
    case GeneratorProblem::LengthOutOfRange:
        return tr("A password has %1 to %2 characters.").arg(kMinLength).arg(kMaxLength);
    case GeneratorProblem::NoCharacterClass:
        return tr("Choose at least one kind of character.");
    case GeneratorProblem::WordsOutOfRange:
        return tr("A passphrase has %1 to %2 words.").arg(kMinWords).arg(kMaxWords);
    case GeneratorProblem::SeparatorTooLong:
        return tr("The separator has at most %1 characters.").arg(kMaxSeparatorLength);
    case GeneratorProblem::SeparatorNotPrintable:
        break;
    }
    return tr("The separator may only hold unaccented letters, digits, punctuation and spaces.");
}

} // namespace vaultlink::ui
