#include "src/cli/generator_args.h"

#include "src/cli/messages.h"

namespace vaultlink::cli {

namespace {
Failure usage(const QString &message) {
    return cliFailure(QStringLiteral("usage"), message);
}

QString sentence(GeneratorProblem problem) {
    switch (problem) {
    case GeneratorProblem::LengthOutOfRange:
        return QStringLiteral("--length takes %1 to %2 characters.")
            .arg(kMinLength)
            .arg(kMaxLength);
    case GeneratorProblem::NoCharacterClass:
        return QStringLiteral("--no-lower, --no-upper, --no-digits and --no-symbols together "
                              "leave no characters to choose from; keep at least one kind.");
    case GeneratorProblem::WordsOutOfRange:
        return QStringLiteral("--words takes %1 to %2 words.").arg(kMinWords).arg(kMaxWords);
    case GeneratorProblem::SeparatorTooLong:
        return QStringLiteral("--separator takes at most %1 characters.").arg(kMaxSeparatorLength);
    case GeneratorProblem::SeparatorNotPrintable:
        return QStringLiteral("--separator takes printable ASCII only (letters, digits, "
                              "punctuation, space): the password is typed on other keyboards too.");
    }
    return QStringLiteral("The options of generate contradict each other.");
}

// A number that is not one reads as out of range, and so gets the range's sentence.
int number(const QCommandLineParser &parser, const QCommandLineOption &option) {
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok ? value : -1;
}
} // namespace

GeneratorArgs::GeneratorArgs()
    : m_length(QStringLiteral("length"), QString(), QStringLiteral("N"))
    , m_noLower(QStringLiteral("no-lower"))
    , m_noUpper(QStringLiteral("no-upper"))
    , m_noDigits(QStringLiteral("no-digits"))
    , m_noSymbols(QStringLiteral("no-symbols"))
    , m_noAmbiguous(QStringLiteral("no-ambiguous"))
    , m_words(QStringLiteral("words"), QString(), QStringLiteral("N"))
    , m_separator(QStringLiteral("separator"), QString(), QStringLiteral("S"))
    , m_capitalize(QStringLiteral("capitalize"))
    , m_addDigit(QStringLiteral("add-digit")) {}

QList<QCommandLineOption> GeneratorArgs::options() const {
    return {m_length,      m_noLower, m_noUpper,   m_noDigits,   m_noSymbols,
            m_noAmbiguous, m_words,   m_separator, m_capitalize, m_addDigit};
}

GeneratorOptions GeneratorArgs::read(const QCommandLineParser &parser) const {
    const bool words = parser.isSet(m_words);
    // Options of the other kind of password would be silently ignored: the user meant something.
    const QList<const QCommandLineOption *> others =
        words ? QList<const QCommandLineOption *>{&m_length,   &m_noLower,   &m_noUpper,
                                                  &m_noDigits, &m_noSymbols, &m_noAmbiguous}
              : QList<const QCommandLineOption *>{&m_separator, &m_capitalize, &m_addDigit};
    for (const QCommandLineOption *option : others) {
        if (!parser.isSet(*option))
            continue;
        const QString name = QStringLiteral("--") + option->names().first();
        throw usage(
            words
                ? QStringLiteral("%1 is for a password of characters, not with --words.").arg(name)
                : QStringLiteral("%1 goes with --words N.").arg(name));
    }

    GeneratorOptions options;
    if (words) {
        options.mode = GeneratorOptions::Mode::Words;
        options.words = number(parser, m_words);
        if (parser.isSet(m_separator))
            options.separator = parser.value(m_separator);
        options.capitalize = parser.isSet(m_capitalize);
        options.appendDigit = parser.isSet(m_addDigit);
    } else {
        if (parser.isSet(m_length))
            options.length = number(parser, m_length);
        options.lower = !parser.isSet(m_noLower);
        options.upper = !parser.isSet(m_noUpper);
        options.digits = !parser.isSet(m_noDigits);
        options.symbols = !parser.isSet(m_noSymbols);
        options.avoidAmbiguous = parser.isSet(m_noAmbiguous);
    }
    if (const std::optional<GeneratorProblem> problem = problemWith(options))
        throw usage(sentence(*problem));
    return options;
}

} // namespace vaultlink::cli
