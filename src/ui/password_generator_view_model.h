#pragma once

#include "src/edits/password_generator.h"

#include <QObject>
#include <QStringList>

namespace vaultlink {
class Random;
} // namespace vaultlink

namespace vaultlink::ui {

// The password generator the editor opens for a password field: characters of chosen classes
// or words, a new password whenever an option changes, and its strength as zxcvbn estimates it
// with the record's own words (name, user name, host) known to the attacker, never more than the
// options themselves give (an attacker may know how it was made).
class PasswordGeneratorViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool wordsMode READ wordsMode WRITE setWordsMode NOTIFY optionsChanged)
    Q_PROPERTY(int length READ length WRITE setLength NOTIFY optionsChanged)
    Q_PROPERTY(bool lower READ lower WRITE setLower NOTIFY optionsChanged)
    Q_PROPERTY(bool upper READ upper WRITE setUpper NOTIFY optionsChanged)
    Q_PROPERTY(bool digits READ digits WRITE setDigits NOTIFY optionsChanged)
    Q_PROPERTY(bool symbols READ symbols WRITE setSymbols NOTIFY optionsChanged)
    Q_PROPERTY(
        bool avoidAmbiguous READ avoidAmbiguous WRITE setAvoidAmbiguous NOTIFY optionsChanged)
    Q_PROPERTY(int words READ words WRITE setWords NOTIFY optionsChanged)
    Q_PROPERTY(QString separator READ separator WRITE setSeparator NOTIFY optionsChanged)
    Q_PROPERTY(bool capitalize READ capitalize WRITE setCapitalize NOTIFY optionsChanged)
    Q_PROPERTY(bool appendDigit READ appendDigit WRITE setAppendDigit NOTIFY optionsChanged)
    Q_PROPERTY(int minLength READ minLength CONSTANT)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
    Q_PROPERTY(int minWords READ minWords CONSTANT)
    Q_PROPERTY(int maxWords READ maxWords CONSTANT)
    Q_PROPERTY(QString password READ password NOTIFY generated)
    Q_PROPERTY(int score READ score NOTIFY generated)
    Q_PROPERTY(QString strength READ strength NOTIFY generated)
    Q_PROPERTY(QString problem READ problem NOTIFY generated)
public:
    explicit PasswordGeneratorViewModel(Random &random, QObject *parent = nullptr);
    ~PasswordGeneratorViewModel() override;

    bool wordsMode() const { return m_options.mode == GeneratorOptions::Mode::Words; }
    void setWordsMode(bool words);
    int length() const { return m_options.length; }
    void setLength(int length);
    bool lower() const { return m_options.lower; }
    void setLower(bool on);
    bool upper() const { return m_options.upper; }
    void setUpper(bool on);
    bool digits() const { return m_options.digits; }
    void setDigits(bool on);
    bool symbols() const { return m_options.symbols; }
    void setSymbols(bool on);
    bool avoidAmbiguous() const { return m_options.avoidAmbiguous; }
    void setAvoidAmbiguous(bool on);
    int words() const { return m_options.words; }
    void setWords(int words);
    QString separator() const { return m_options.separator; }
    void setSeparator(const QString &separator);
    bool capitalize() const { return m_options.capitalize; }
    void setCapitalize(bool on);
    bool appendDigit() const { return m_options.appendDigit; }
    void setAppendDigit(bool on);
    static int minLength() { return kMinLength; }
    static int maxLength() { return kMaxLength; }
    static int minWords() { return kMinWords; }
    static int maxWords() { return kMaxWords; }

    QString password() const { return m_password; }
    int score() const { return m_score; }
    QString strength() const { return m_strength; }
    QString problem() const { return m_problem; }

    // What an attacker aiming at this record knows (its name, user name, host).
    Q_INVOKABLE void setUserWords(const QStringList &words) { m_userWords = words; }
    // A new password with the options as they are (or the problem with them).
    Q_INVOKABLE void generate();
    // The password is taken or given up: it leaves this object.
    Q_INVOKABLE void clear();

signals:
    void optionsChanged();
    void generated();

private:
    template <typename T> void change(T &option, const T &value);

    Random &m_random;
    GeneratorOptions m_options;
    QStringList m_userWords;
    QString m_password;
    int m_score = -1;
    QString m_strength;
    QString m_problem;
};

} // namespace vaultlink::ui
