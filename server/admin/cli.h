#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace vaultlink::server::admin {

class DataDir;

// Exit codes of vaultlink-server (also in docs/server.md).
enum Exit : int { Ok = 0, Usage = 64, Refused = 65, Failed = 70 };

// One subcommand's parser: --help prints its own usage; missing required options are usage
// errors naming the option.
class CommandLine {
public:
    CommandLine(const QString &command, const QString &description);
    void option(const QString &name, const QString &help, const QString &valueName = {});
    void flag(const QString &name, const QString &help);
    void positional(const QString &name, const QString &help);
    void dataOption(); // --data DIR, the server data folder every command works on
    // Parses, then runs the body through guarded(); --help and bad usage exit early.
    int run(const QStringList &arguments, const std::function<int()> &body);
    DataDir dataDir() const;

    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    QString require(const QString &name) const; // throws UsageError
    bool onOff(const QString &name) const;      // "on"/"off", throws UsageError otherwise

private:
    // Returns false when the caller should exit with *exitCode (help shown, or bad usage).
    bool parse(const QStringList &arguments, int *exitCode);

    QString m_command;
    QCommandLineParser m_parser;
};

struct UsageError {
    QString message;
};

// Runs a command body, mapping UsageError, Refusal and other exceptions to messages and exit
// codes in one place.
int guarded(const std::function<int()> &body);

// The first line of standard input, for --password-stdin.
QString readSecretLine();

QTextStream &out();
QTextStream &err();

} // namespace vaultlink::server::admin
