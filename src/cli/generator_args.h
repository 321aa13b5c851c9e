#pragma once

#include "src/edits/password_generator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace vaultlink::cli {

// The options of `generate`: read into GeneratorOptions and checked against the generator's
// limits, each problem a usage Failure in this program's words naming the option.
class GeneratorArgs {
public:
    GeneratorArgs();
    QList<QCommandLineOption> options() const;
    GeneratorOptions read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_length;
    QCommandLineOption m_noLower;
    QCommandLineOption m_noUpper;
    QCommandLineOption m_noDigits;
    QCommandLineOption m_noSymbols;
    QCommandLineOption m_noAmbiguous;
    QCommandLineOption m_words;
    QCommandLineOption m_separator;
    QCommandLineOption m_capitalize;
    QCommandLineOption m_addDigit;
};

} // namespace vaultlink::cli
