// vaultlink-cli: the composition root of the command-line client. What the core needs (clock,
// randomness, network, data folder) comes from DeviceEnvironment and is handed in.
#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/profiles/environment.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>

using namespace vaultlink;

namespace {
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
    if (args.command == QLatin1String("generate")) {
        SystemRandom random;
        return cli::generateCommand(args, out, random);
    }
    const DeviceEnvironment device(QStringLiteral("vaultlink-cli"),
                                   std::chrono::seconds(args.timeoutSeconds));
    ProfileService service(dataDirectory(args.dataDir), device.environment());
    cli::SecretInput input(args.passwordStdin);
    SystemRandom random;
    cli::Context context{args, service, input, out, random};
    static const std::map<QString, int (*)(cli::Context &)> commands = {
        {QStringLiteral("databases"), cli::databasesCommand},
        {QStringLiteral("link"), cli::linkCommand},
        {QStringLiteral("profiles"), cli::profilesCommand},
        {QStringLiteral("sync"), cli::syncCommand},
        {QStringLiteral("list"), cli::listCommand},
        {QStringLiteral("search"), cli::searchCommand},
        {QStringLiteral("show"), cli::showCommand},
        {QStringLiteral("unlink"), cli::unlinkCommand},
        {QStringLiteral("add"), cli::addCommand},
        {QStringLiteral("edit"), cli::editCommand},
        {QStringLiteral("rm"), cli::removeCommand},
        {QStringLiteral("pending"), cli::pendingCommand},
        {QStringLiteral("conflicts"), cli::conflictsCommand},
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
