// vaultlink-cli: the composition root of the command-line client. What the core needs (clock,
// randomness, network, data folder) comes from DeviceEnvironment and is handed in.
#include "src/cli/clipboard_copy.h"
#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/profiles/environment.h"

#include <QCoreApplication>
#include <QGuiApplication>

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
    // On this computer the sensor's place is taken by a question on the terminal.
    const std::unique_ptr<platform::BiometricKeyStore> biometrics = platform::makeBiometricKeyStore(
        [&input](const platform::BiometricPrompt &prompt, const std::function<void(bool)> &answer) {
            answer(input.confirm(QStringLiteral("%1 (%2): confirm in place of the fingerprint "
                                                "sensor (biometric stand-in)")
                                     .arg(prompt.title, prompt.subtitle)));
        });
    cli::Context context{args, service, input, out, random, *biometrics};
    static const std::map<QString, int (*)(cli::Context &)> commands = {
        {QStringLiteral("databases"), cli::databasesCommand},
        {QStringLiteral("link"), cli::linkCommand},
        {QStringLiteral("profiles"), cli::profilesCommand},
        {QStringLiteral("sync"), cli::syncCommand},
        {QStringLiteral("list"), cli::listCommand},
        {QStringLiteral("search"), cli::searchCommand},
        {QStringLiteral("show"), cli::showCommand},
        {QStringLiteral("fill"), cli::fillCommand},
        {QStringLiteral("fill-mode"), cli::fillModeCommand},
        {QStringLiteral("unlink"), cli::unlinkCommand},
        {QStringLiteral("signout"), cli::signOutCommand},
        {QStringLiteral("add"), cli::addCommand},
        {QStringLiteral("edit"), cli::editCommand},
        {QStringLiteral("rm"), cli::removeCommand},
        {QStringLiteral("pending"), cli::pendingCommand},
        {QStringLiteral("conflicts"), cli::conflictsCommand},
        {QStringLiteral("biometrics"), cli::biometricsCommand},
    };
    return commands.at(args.command)(context);
}
} // namespace

int main(int argc, char **argv) {
    // Only fill --pick needs the clipboard, and so a GUI application (which needs a display).
    bool picks = false;
    for (int i = 1; i < argc; ++i)
        picks = picks || QByteArray(argv[i]).startsWith("--pick");
    const std::unique_ptr<QCoreApplication> app =
        picks && cli::clipboardReachable() ? std::make_unique<QGuiApplication>(argc, argv)
                                           : std::make_unique<QCoreApplication>(argc, argv);
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
