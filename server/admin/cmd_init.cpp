#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/common/clock.h"
#include "server/common/random.h"
#include "server/crypto/self_signed.h"
#include "server/directory/forms.h"
#include "server/seed/demo.h"
#include "server/store/settings.h"
#include "server/store/store.h"

#include <QDir>
#include <QFile>

namespace vaultlink::server::admin {

namespace {
void writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw std::runtime_error("cannot create " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.flush())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QByteArray readGiven(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}
} // namespace

int runInit(const QStringList &args) {
    CommandLine cli(QStringLiteral("init"),
                    QStringLiteral("Create a server data folder: the store, a self-signed TLS "
                                   "certificate for localhost and 127.0.0.1 (unless --cert/--key "
                                   "are given) and, with --demo, the demo data."));
    cli.option(QStringLiteral("data"), QStringLiteral("data folder to create"),
               QStringLiteral("dir"));
    cli.flag(QStringLiteral("demo"), QStringLiteral("add demo users, databases and records"));
    cli.option(QStringLiteral("cert"), QStringLiteral("use this PEM certificate (chain)"),
               QStringLiteral("file"));
    cli.option(QStringLiteral("key"), QStringLiteral("with --cert: its PEM private key"),
               QStringLiteral("file"));
    cli.option(QStringLiteral("hostname"),
               QStringLiteral("extra DNS name for the generated certificate (repeatable)"),
               QStringLiteral("name"));
    cli.option(QStringLiteral("ip"),
               QStringLiteral("extra IP address for the generated certificate (repeatable)"),
               QStringLiteral("address"));
    cli.option(
        QStringLiteral("public-url"),
        QStringLiteral("address phones use, put into link codes (default https://localhost:8443)"),
        QStringLiteral("url"));
    return cli.run(args, [&] {
        const DataDir dir(cli.require(QStringLiteral("data")));
        if (dir.initialized())
            throw UsageError{QStringLiteral("%1 already holds a server store; nothing was changed")
                                 .arg(cli.value(QStringLiteral("data")))};
        if (cli.isSet(QStringLiteral("cert")) != cli.isSet(QStringLiteral("key")))
            throw UsageError{QStringLiteral("--cert and --key go together")};
        QDir().mkpath(cli.value(QStringLiteral("data")));
        QFile::setPermissions(cli.value(QStringLiteral("data")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        PemPair pem;
        if (cli.isSet(QStringLiteral("cert"))) {
            pem = {readGiven(cli.value(QStringLiteral("cert"))),
                   readGiven(cli.value(QStringLiteral("key")))};
        } else {
            pem = makeSelfSignedCertificate(
                QStringList{QStringLiteral("localhost")} + cli.values(QStringLiteral("hostname")),
                QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")} +
                    cli.values(QStringLiteral("ip")));
        }
        writeFile(dir.certificatePath(), pem.certificate,
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        writeFile(dir.keyPath(), pem.privateKey, QFile::ReadOwner | QFile::WriteOwner);

        SystemClock clock;
        SystemRandom random;
        Store store(dir.storePath());
        installForms(store);
        if (cli.isSet(QStringLiteral("public-url")))
            saveSetting(store, QString::fromLatin1(setting::kPublicUrl),
                        cli.value(QStringLiteral("public-url")));
        out() << "created " << dir.storePath() << "\n";
        out() << "certificate " << dir.certificatePath() << "\n";
        out() << "pin " << dir.pin() << "\n";
        if (cli.isSet(QStringLiteral("demo"))) {
            for (const DemoUser &user : installDemo(store, random, clock.nowMs())) {
                out() << "demo user " << user.name << " password " << user.password << "  ("
                      << user.note << ")\n";
                if (!user.otpauthUri.isEmpty())
                    out() << "  TOTP for " << user.name << ": " << user.otpauthUri << "\n";
            }
        }
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
