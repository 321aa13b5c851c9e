#include "server/admin/cli.h"

#include "server/admin/data_dir.h"
#include "server/common/refusal.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace vaultlink::server::admin {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandLine::option(const QString &name, const QString &help, const QString &valueName) {
    m_parser.addOption(
        QCommandLineOption(name, help, valueName.isEmpty() ? QStringLiteral("value") : valueName));
}

void CommandLine::flag(const QString &name, const QString &help) {
    m_parser.addOption(QCommandLineOption(name, help));
}

void CommandLine::positional(const QString &name, const QString &help) {
    m_parser.addPositionalArgument(name, help);
}

void CommandLine::dataOption() {
    option(QStringLiteral("data"), QStringLiteral("server data folder"), QStringLiteral("dir"));
}

DataDir CommandLine::dataDir() const {
    return DataDir(require(QStringLiteral("data")));
}

int CommandLine::run(const QStringList &arguments, const std::function<int()> &body) {
    int code = 0;
    if (!parse(arguments, &code))
        return code;
    return guarded(body);
}

bool CommandLine::parse(const QStringList &arguments, int *exitCode) {
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("vaultlink-server ") + m_command);
    if (!m_parser.parse(argv)) {
        err() << m_parser.errorText() << "\n"
              << "Try 'vaultlink-server " << m_command << " --help'.\n";
        err().flush();
        *exitCode = Usage;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the binary's path in the usage line; name the subcommand instead.
        QString help = m_parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: vaultlink-server ") + m_command);
        out() << help;
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

QString CommandLine::require(const QString &name) const {
    QString v = m_parser.value(name);
    if (v.isEmpty())
        throw UsageError{QStringLiteral("%1 needs --%2").arg(m_command, name)};
    return v;
}

bool CommandLine::onOff(const QString &name) const {
    const QString v = require(name);
    if (v != QLatin1String("on") && v != QLatin1String("off"))
        throw UsageError{QStringLiteral("--%1 takes on or off, not '%2'").arg(name, v)};
    return v == QLatin1String("on");
}

int guarded(const std::function<int()> &body) {
    try {
        const int code = body();
        out().flush();
        return code;
    } catch (const UsageError &error) {
        out().flush();
        err() << "usage error: " << error.message << "\n";
        err().flush();
        return Usage;
    } catch (const Refusal &refusal) {
        out().flush();
        err() << "refused (" << errorInfo(refusal.error()).code << "): " << refusal.detail()
              << "\n";
        err().flush();
        return Refused;
    } catch (const std::exception &error) {
        out().flush();
        err() << "error: " << error.what() << "\n";
        err().flush();
        return Failed;
    }
}

QString readSecretLine() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw UsageError{QStringLiteral("cannot read standard input")};
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty())
        throw UsageError{QStringLiteral("--password-stdin read an empty password")};
    return line;
}

} // namespace vaultlink::server::admin
