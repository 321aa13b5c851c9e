#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/common/clock.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/seed/seed.h"
#include "server/store/store.h"

#include <QElapsedTimer>

namespace vaultlink::server::admin {

int runSeed(const QStringList &args) {
    CommandLine cli(QStringLiteral("seed"),
                    QStringLiteral("Add N deterministic, realistic records for a user: about a "
                                   "third personal, the rest in units the user may add to."));
    cli.dataOption();
    cli.option(QStringLiteral("database"), QStringLiteral("database name"), QStringLiteral("name"));
    cli.option(QStringLiteral("user"), QStringLiteral("user name"), QStringLiteral("name"));
    cli.option(QStringLiteral("records"), QStringLiteral("how many records"), QStringLiteral("n"));
    return cli.run(args, [&] {
        bool ok = false;
        const qint64 count = cli.require(QStringLiteral("records")).toLongLong(&ok);
        if (!ok || count < 1 || count > 10'000'000)
            throw UsageError{QStringLiteral("--records takes a number from 1 to 10000000")};
        auto store = cli.dataDir().open();
        const DatabaseRow db =
            requireDatabaseByName(*store, cli.require(QStringLiteral("database")));
        const UserRow user = requireUserByName(*store, cli.require(QStringLiteral("user")));
        QElapsedTimer timer;
        timer.start();
        const SeedResult result = seedRecords(*store, db.id, user.id, count, SystemClock().nowMs());
        out() << "seeded " << result.created << " records (" << result.personal << " personal, "
              << result.global << " global) for " << user.name << " in " << db.name << " in "
              << QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
