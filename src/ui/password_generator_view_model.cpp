#include "src/ui/password_generator_view_model.h"

#include "src/edits/password_strength.h"
#include "src/ui/strength_words.h"

#include <algorithm>

namespace vaultlink::ui {

PasswordGeneratorViewModel::PasswordGeneratorViewModel(Random &random, QObject *parent)
    : QObject(parent)
    , m_random(random) {}

PasswordGeneratorViewModel::~PasswordGeneratorViewModel() {
    m_password.fill(QChar(0));
}

template <typename T> void PasswordGeneratorViewModel::change(T &option, const T &value) {
    if (option == value)
        return;
    option = value;
    emit optionsChanged();
    // The password on show always fits the options on show.
    if (!m_password.isEmpty() || !m_problem.isEmpty())
        generate();
}

void PasswordGeneratorViewModel::setWordsMode(bool words) {
    change(m_options.mode,
           words ? GeneratorOptions::Mode::Words : GeneratorOptions::Mode::Characters);
}
void PasswordGeneratorViewModel::setLength(int length) {
    change(m_options.length, length);
}
void PasswordGeneratorViewModel::setLower(bool on) {
    change(m_options.lower, on);
}
void PasswordGeneratorViewModel::setUpper(bool on) {
    change(m_options.upper, on);
}
void PasswordGeneratorViewModel::setDigits(bool on) {
    change(m_options.digits, on);
}
void PasswordGeneratorViewModel::setSymbols(bool on) {
    change(m_options.symbols, on);
}
void PasswordGeneratorViewModel::setAvoidAmbiguous(bool on) {
    change(m_options.avoidAmbiguous, on);
}
void PasswordGeneratorViewModel::setWords(int words) {
    change(m_options.words, words);
}
void PasswordGeneratorViewModel::setSeparator(const QString &separator) {
    change(m_options.separator, separator);
}
void PasswordGeneratorViewModel::setCapitalize(bool on) {
    change(m_options.capitalize, on);
}
void PasswordGeneratorViewModel::setAppendDigit(bool on) {
    change(m_options.appendDigit, on);
}

void PasswordGeneratorViewModel::generate() {
    m_password.fill(QChar(0));
    m_password.clear();
    m_strength.clear();
    m_score = -1;
    if (const std::optional<GeneratorProblem> wrong = problemWith(m_options)) {
        m_problem = StrengthWords::problem(*wrong);
        emit generated();
        return;
    }
    m_problem.clear();
    const SecureBuffer password = generatePassword(m_options, m_random);
    // generatedStrength's rule (never above the options' bits) with this record's words.
    const Strength estimated = estimateStrength(password, m_userWords);
    const Strength strength = strengthOfBits(std::min(estimated.bits, generatorBits(m_options)));
    m_password = QString::fromUtf8(password.view());
    m_score = strength.score;
    m_strength = StrengthWords::describe(strength);
    emit generated();
}

void PasswordGeneratorViewModel::clear() {
    m_password.fill(QChar(0));
    m_password.clear();
    m_strength.clear();
    m_problem.clear();
    m_score = -1;
    emit generated();
}

} // namespace vaultlink::ui
