// vaultlink-cli: the composition root of the command-line client. Everything the core needs
// (clock, randomness, network, data folder) is made here and handed in.
#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/crypto/clock.h"
#include "src/crypto/random.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QStandardPaths>

#include <cstdio>
#include <map>

using namespace vaultlink;

namespace {
QString dataDirectory(const cli::CliArgs &args) {
    if (!args.dataDir.isEmpty())
        return args.dataDir;
    const QString fromEnvironment = qEnvironmentVariable("VAULTLINK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// Tests and slow test machines may lower the calibration target; the KDF never goes below
// OWASP's minimum whatever is asked.
std::chrono::milliseconds kdfTarget() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("VAULTLINK_KDF_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 500);
}

int run(const QStringList &argv) {
    const cli::CliArgs args = cli::parseArgs(argv);
    const cli::Output out(args.json);
    if (args.help) {
        std::fputs(cli::helpText().toUtf8().constData(), stdout);
        return cli::Ok;
    }
    if (args.version) {
        out.line(QStringLiteral("vaultlink-cli ") + QCoreApplication::applicationVersion());
        return cli::Ok;
    }
    SystemClock clock;
    SystemRandom random;
    const std::chrono::seconds timeout(args.timeoutSeconds);
    Environment env{random,
                    clock,
                    [timeout](const TrustPolicy &trust) {
                        return std::make_unique<QtTransport>(trust, timeout);
                    },
                    threadSleeper(),
                    kdfTarget(),
                    QStringLiteral("vaultlink-cli on %1").arg(QHostInfo::localHostName())};
    ProfileService service(dataDirectory(args), env);
    cli::SecretInput input(args.passwordStdin);
    cli::Context context{args, service, input, out};
    static const std::map<QString, int (*)(cli::Context &)> commands = {
        {QStringLiteral("databases"), cli::databasesCommand},
        {QStringLiteral("link"), cli::linkCommand},
        {QStringLiteral("profiles"), cli::profilesCommand},
        {QStringLiteral("sync"), cli::syncCommand},
        {QStringLiteral("list"), cli::listCommand},
        {QStringLiteral("search"), cli::searchCommand},
        {QStringLiteral("show"), cli::showCommand},
        {QStringLiteral("unlink"), cli::unlinkCommand},
    };
    return commands.at(args.command)(context);
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vaultlink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VAULTLINK_VERSION));
    bool json = false;
    try {
        json = QCoreApplication::arguments().contains(QStringLiteral("--json"));
        return run(QCoreApplication::arguments());
    } catch (const std::exception &error) {
        const Failure failure = explain(error);
        cli::Output(json).failure(failure);
        return cli::exitCodeFor(failure.kind());
    }
}
