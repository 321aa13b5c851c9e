// vaultlink-server: the reference Web Application and its admin command line.
#include "server/admin/cli.h"
#include "server/admin/commands.h"

#include <QCoreApplication>

#include <array>

using namespace vaultlink::server::admin;

namespace {
struct Entry {
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

constexpr std::array kCommands = {
    Entry{"init", runInit, "create a data folder: store, TLS certificate, optional demo data"},
    Entry{"run", runServe, "serve the Web Application over HTTPS"},
    Entry{"seed", runSeed, "add N realistic records for a user"},
    Entry{"user", runUser, "add a user or change one (password, rights, second factors, domain)"},
    Entry{"mfa", runMfa, "answer pushes and calls for users; register security keys"},
    Entry{"database", runDatabase, "add, change, list or compact databases"},
    Entry{"unit", runUnit, "add organizational units and set user rights on them"},
    Entry{"record", runRecord, "delete a record on the server side"},
    Entry{"device", runDevice, "list, revoke or reactivate linked devices"},
    Entry{"events", runEvents, "the audit trail: links, logins, logouts, revocations, wipes"},
    Entry{"link-code", runLinkCode, "make a link QR code (PNG) and print its payload"},
    Entry{"pin", runPin, "print the TLS public-key pin as sha256/<base64>"},
    Entry{"settings", runSettings, "show or change server settings and limits"},
};

int usage(int code) {
    QTextStream &stream = code == 0 ? out() : err();
    stream << "Usage: vaultlink-server <command> [options]\n\nCommands:\n";
    for (const Entry &e : kCommands)
        stream << "  " << QString::fromLatin1(e.name).leftJustified(11) << e.summary << "\n";
    stream << "\nEvery command has --help.\n";
    stream.flush();
    return code;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vaultlink-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VAULTLINK_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage(Usage);
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return usage(Ok);
    if (command == QLatin1String("--version")) {
        out() << "vaultlink-server " << VAULTLINK_VERSION << "\n";
        return Ok;
    }
    for (const Entry &e : kCommands)
        if (command == QLatin1String(e.name))
            return e.run(args);
    err() << "unknown command '" << command << "'\n\n";
    return usage(Usage);
}
