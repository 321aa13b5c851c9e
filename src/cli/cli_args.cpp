#include "src/cli/cli_args.h"

#include "src/cli/exit_codes.h"
#include "src/cli/generator_args.h"
#include "src/cli/messages.h"
#include "src/profiles/failure.h"

#include <QCommandLineParser>

namespace vaultlink::cli {

namespace {
Failure usage(const QString &message) {
    return cliFailure(QStringLiteral("usage"), message);
}

struct CommandShape {
    const char *name;
    int minArgs;
    int maxArgs;
};

constexpr CommandShape kCommands[] = {
    {"databases", 1, 1}, {"link", 0, 1},      {"profiles", 0, 0},   {"sync", 0, 0},
    {"list", 0, 0},      {"search", 1, 1},    {"show", 1, 1},       {"unlink", 0, 0},
    {"add", 0, 0},       {"edit", 1, 100000}, {"rm", 1, 1},         {"pending", 0, 0},
    {"conflicts", 0, 2}, {"generate", 0, 0},  {"biometrics", 1, 1}, {"fill", 1, 1},
    {"fill-mode", 2, 2}, {"signout", 0, 0},
};
} // namespace

QString helpText() {
    return QStringLiteral(
               "Usage: vaultlink-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
               "\n"
               "Links this computer to a Vaultlink Web Application and keeps an encrypted copy "
               "of your passwords for offline use.\n"
               "\n"
               "Commands:\n"
               "  databases URL [--pin P]          list the server's databases\n"
               "  link URL --database D --user U --name PROFILE [--pin P] [--domain FQDN]\n"
               "                                   link by hand: log in, create the profile, "
               "first sync (a directory account: --domain, or --user DOMAIN\\\\user or "
               "user@domain)\n"
               "  link --qr IMAGE --name PROFILE   link with the QR code in a picture\n"
               "  link --qr-text URI --name PROFILE\n"
               "                                   link with the text of a QR code\n"
               "  profiles                         list the linked profiles\n"
               "  sync [--repair]                  bring the local copy up to date (--repair: "
               "verify it and rebuild it when it differs)\n"
               "  list [--tab all|personal|UNIT]   list records, by name\n"
               "  search TERM [--tab ...]          records whose name, user name, URL or tags "
               "contain TERM (any case)\n"
               "  show RECORD [--reveal]           one record (by id or name); secrets masked "
               "unless --reveal\n"
               "  fill URL                         the logins autofill would offer on this web "
               "page (a desktop stand-in for the phones' autofill); never a secret\n"
               "  fill URL --pick RECORD [--field password|username] [--clear-after S]\n"
               "                                   copy that login's password (or user name) to "
               "the clipboard, marked for clipboard managers to skip, and clear it after S "
               "seconds (default 30; the command waits, Ctrl-C clears at once); needs a desktop "
               "session\n"
               "  fill-mode RECORD MODE            how autofill matches the record's URL on this "
               "device: default, domain, host, starts-with, exact, regex (the URL field is the "
               "pattern) or never\n"
               "  unlink                           end the session, delete the local copy and "
               "forget the profile\n"
               "  signout                          end the session on the server; the local copy "
               "stays readable offline (the next sync logs in again), or is deleted when the "
               "server's policy says so\n"
               "  add --form FORM [--tab personal|UNIT] [--field KEY=VALUE ...] [--generate KEY]\n"
               "                                   (--generate: a new password for a secret field, "
               "with generate's options)\n"
               "                                   create a record on this device (sent at the "
               "next sync)\n"
               "  edit RECORD... --field KEY=VALUE ... [--generate KEY]\n"
               "                                   change fields of one record or several (sent "
               "at the next sync)\n"
               "                                   a secret field (password, card number, seed) "
               "is given as --field KEY alone\n"
               "                                   and typed without echo, or read from the next "
               "line of --password-stdin\n"
               "  rm RECORD                        delete a record (on the server at the next "
               "sync)\n"
               "  pending [--discard RECORD | --retry RECORD]\n"
               "                                   changes not on the server yet, and those it "
               "refused\n"
               "  conflicts [--resolve RECORD FIELD keep-local|keep-server]\n"
               "                                   values both sides changed, and other notes "
               "on merges\n"
               "  generate [--length N] [--no-lower] [--no-upper] [--no-digits] [--no-symbols] "
               "[--no-ambiguous]\n"
               "                                   a new random password (20 characters, 4 to 128, "
               "each kind not excluded among them) on stdout, its strength on stderr\n"
               "  generate --words N [--separator S] [--capitalize] [--add-digit]\n"
               "                                   a new password of N words (3 to 20) of the EFF "
               "word list, joined by S (default -)\n"
               "  biometrics enable|disable|status\n"
               "                                   unlock with biometrics instead of the password "
               "(--biometric); enable asks for the password. On this computer a STAND-IN: the "
               "keys are kept in your desktop keyring, and confirming on the terminal stands in "
               "for the fingerprint sensor\n"
               "\n"
               "Options:\n"
               "  --profile NAME     the profile to use (needed when more than one is linked)\n"
               "  --data-dir DIR     where profiles live (default: $VAULTLINK_DATA_DIR, else the "
               "platform's app-data folder)\n"
               "  --password-stdin   read the password from the first line of standard input "
               "(never from the command line); otherwise the terminal asks\n"
               "  --otp CODE         the code from your authenticator app, or your PIN, when the "
               "account asks for one\n"
               "  --mfa METHOD       the second factor to use: totp, pin, push, phone or fido "
               "(default: the one used last, else the server's first); push and phone wait "
               "for your approval (Ctrl-C cancels), fido asks your security key\n"
               "  --json             machine-readable output (errors as JSON on stderr)\n"
               "  --fields           with list/search --json: every field of each record\n"
               "  --biometric        unlock with biometrics (see 'biometrics') instead of the "
               "password\n"
               "  --timeout SECONDS  longest wait for the server, retries included (default 30)\n"
               "  --no-ambiguous     with generate: no 0 O o 1 l I | ` ' \" , . ; :\n"
               "  --help, --version\n"
               "\n") +
           QString::fromLatin1(exitCodeTable());
}

CliArgs parseArgs(const QStringList &argv) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption otp(QStringLiteral("otp"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption mfa(QStringLiteral("mfa"), QString(), QStringLiteral("METHOD"));
    const QCommandLineOption domain(QStringLiteral("domain"), QString(), QStringLiteral("FQDN"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption pin(QStringLiteral("pin"), QString(), QStringLiteral("PIN"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("D"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("U"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("PROFILE"));
    const QCommandLineOption qr(QStringLiteral("qr"), QString(), QStringLiteral("IMAGE"));
    const QCommandLineOption qrText(QStringLiteral("qr-text"), QString(), QStringLiteral("URI"));
    const QCommandLineOption tab(QStringLiteral("tab"), QString(), QStringLiteral("TAB"));
    const QCommandLineOption reveal(QStringLiteral("reveal"));
    const QCommandLineOption fields(QStringLiteral("fields"));
    const QCommandLineOption repair(QStringLiteral("repair"));
    const QCommandLineOption biometric(QStringLiteral("biometric"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("S"));
    const QCommandLineOption form(QStringLiteral("form"), QString(), QStringLiteral("FORM"));
    const QCommandLineOption field(QStringLiteral("field"), QString(), QStringLiteral("F"));
    const QCommandLineOption generate(QStringLiteral("generate"), QString(), QStringLiteral("F"));
    const QCommandLineOption resolve(QStringLiteral("resolve"), QString(), QStringLiteral("R"));
    const QCommandLineOption discard(QStringLiteral("discard"), QString(), QStringLiteral("R"));
    const QCommandLineOption retry(QStringLiteral("retry"), QString(), QStringLiteral("R"));
    const QCommandLineOption pick(QStringLiteral("pick"), QString(), QStringLiteral("R"));
    const QCommandLineOption clearAfter(QStringLiteral("clear-after"), QString(),
                                        QStringLiteral("S"));
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({profile,   dataDir, passwordStdin, otp,     json,   pin,
                       database,  user,    name,          qr,      qrText, tab,
                       reveal,    fields,  repair,        timeout, form,   field,
                       generate,  resolve, discard,       retry,   help,   version,
                       biometric, pick,    clearAfter,    mfa,     domain});
    const GeneratorArgs generator;
    parser.addOptions(generator.options());
    if (!parser.parse(argv))
        throw usage(parser.errorText());

    CliArgs args;
    args.help = parser.isSet(help);
    args.version = parser.isSet(version);
    QStringList positional = parser.positionalArguments();
    if (args.help || args.version)
        return args;
    if (positional.isEmpty())
        throw usage(QStringLiteral("No command given; see 'vaultlink-cli --help'."));
    args.command = positional.takeFirst();
    args.arguments = positional;
    const auto shape =
        std::find_if(std::begin(kCommands), std::end(kCommands),
                     [&](const CommandShape &c) { return args.command == QLatin1String(c.name); });
    if (shape == std::end(kCommands))
        throw usage(QStringLiteral("Unknown command \"%1\"; see 'vaultlink-cli --help'.")
                        .arg(args.command));
    if (args.arguments.size() < shape->minArgs || args.arguments.size() > shape->maxArgs)
        throw usage(QStringLiteral("Wrong number of arguments for \"%1\"; see 'vaultlink-cli "
                                   "--help'.")
                        .arg(args.command));

    args.profile = parser.value(profile);
    args.dataDir = parser.value(dataDir);
    args.passwordStdin = parser.isSet(passwordStdin);
    args.otp = parser.value(otp).trimmed();
    args.domain = parser.value(domain).trimmed();
    if (parser.isSet(mfa)) {
        static const QStringList methods = {QStringLiteral("totp"), QStringLiteral("pin"),
                                            QStringLiteral("push"), QStringLiteral("phone"),
                                            QStringLiteral("fido")};
        args.mfa = parser.value(mfa).trimmed().toLower();
        if (!methods.contains(args.mfa))
            throw usage(QStringLiteral("--mfa takes totp, pin, push, phone or fido."));
        if (args.mfa == QLatin1String("phone"))
            args.mfa = QStringLiteral("phone-call"); // the API's name
    }
    args.json = parser.isSet(json);
    args.pin = parser.value(pin).trimmed();
    args.database = parser.value(database);
    args.user = parser.value(user);
    args.name = parser.value(name);
    args.qrImage = parser.value(qr);
    args.qrText = parser.value(qrText);
    if (parser.isSet(tab))
        args.tab = parser.value(tab);
    args.reveal = parser.isSet(reveal);
    args.fields = parser.isSet(fields);
    args.repair = parser.isSet(repair);
    args.biometric = parser.isSet(biometric);
    if (args.command == QLatin1String("biometrics") &&
        !QStringList{QStringLiteral("enable"), QStringLiteral("disable"), QStringLiteral("status")}
             .contains(args.arguments.value(0)))
        throw usage(QStringLiteral("biometrics takes enable, disable or status."));
    args.form = parser.value(form);
    args.setFields = parser.values(field);
    args.generate = parser.values(generate);
    args.resolve = parser.value(resolve);
    args.discard = parser.value(discard);
    args.retry = parser.value(retry);
    if (args.command == QLatin1String("conflicts") &&
        (args.resolve.isEmpty() ? !args.arguments.isEmpty() : args.arguments.size() != 2))
        throw usage(QStringLiteral("conflicts --resolve takes a record, a field and keep-local or "
                                   "keep-server."));
    if (parser.isSet(pick)) {
        bool ok = false;
        args.pick = parser.value(pick).toLongLong(&ok);
        if (args.command != QLatin1String("fill") || !ok || args.pick == 0)
            throw usage(QStringLiteral("--pick goes with fill and takes a record's id as fill "
                                       "lists it."));
        if (args.setFields.size() > 1 ||
            !QStringList{QString(), QStringLiteral("password"), QStringLiteral("username")}
                 .contains(args.setFields.value(0)))
            throw usage(QStringLiteral("fill --pick copies one --field: password or username."));
        if (!args.setFields.isEmpty())
            args.copyField = args.setFields.takeFirst();
    }
    if (parser.isSet(clearAfter)) {
        bool ok = false;
        args.clearAfterSeconds = parser.value(clearAfter).toInt(&ok);
        if (!ok || args.pick == 0 || args.clearAfterSeconds < 1 || args.clearAfterSeconds > 600)
            throw usage(QStringLiteral("--clear-after goes with fill --pick and takes 1 to 600 "
                                       "seconds."));
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        args.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || args.timeoutSeconds < 1 || args.timeoutSeconds > 600)
            throw usage(QStringLiteral("--timeout takes 1 to 600 seconds."));
    }
    if (args.command == QLatin1String("generate") || !args.generate.isEmpty())
        args.generator = generator.read(parser);
    return args;
}

} // namespace vaultlink::cli
