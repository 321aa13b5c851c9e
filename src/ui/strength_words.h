#pragma once

#include "src/edits/password_generator.h"
#include "src/edits/password_strength.h"

#include <QCoreApplication>
#include <QString>

namespace vaultlink::ui {

// A password's strength and a generator's problems in the user's words, for the editor and the
// generator alike.
class StrengthWords {
    Q_DECLARE_TR_FUNCTIONS(StrengthWords)
public:
    // "very weak" … "strong", zxcvbn's score 0–4.
    static QString scoreName(int score);
    // "Strong: about 77 bits; centuries to guess at 10 billion guesses a second".
    static QString describe(const Strength &strength);
    static QString problem(GeneratorProblem problem);

private:
    static QString duration(qint64 seconds);
};

} // namespace vaultlink::ui
