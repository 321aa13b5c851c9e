#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/auth/link_codes.h"
#include "server/common/clock.h"
#include "server/common/random.h"
#include "server/common/timefmt.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/qr/qr_png.h"
#include "server/store/store.h"

#include <QSaveFile>

namespace vaultlink::server::admin {

int runLinkCode(const QStringList &args) {
    CommandLine cli(QStringLiteral("link-code"),
                    QStringLiteral("Make a single-use link code for a user and database, write "
                                   "it as a QR code PNG and print its payload URI."));
    cli.dataOption();
    cli.option(QStringLiteral("user"), QStringLiteral("user name"), QStringLiteral("name"));
    cli.option(QStringLiteral("database"), QStringLiteral("database name"), QStringLiteral("name"));
    cli.option(QStringLiteral("out"), QStringLiteral("PNG file to write"),
               QStringLiteral("file.png"));
    return cli.run(args, [&] {
        const DataDir dir(cli.require(QStringLiteral("data")));
        const QString outPath = cli.require(QStringLiteral("out"));
        auto store = dir.open();
        const DatabaseRow db =
            requireDatabaseByName(*store, cli.require(QStringLiteral("database")));
        const UserRow user = requireUserByName(*store, cli.require(QStringLiteral("user")));
        SystemClock clock;
        SystemRandom random;
        const LinkCode link = LinkCodes(*store, clock, random).issue(user.id, db.id, dir.pin());
        QSaveFile file(outPath);
        const QByteArray png = qrPng(link.uri);
        if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
            throw std::runtime_error("cannot write " + outPath.toStdString() + ": " +
                                     file.errorString().toStdString());
        out() << link.uri << "\n";
        err() << "wrote " << outPath << "; the code works once and expires at "
              << isoTime(link.expiresAt) << "\n";
        out().flush();
        err().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
