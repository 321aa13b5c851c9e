#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/common/clock.h"
#include "server/directory/databases.h"
#include "server/store/store.h"
#include "server/vault/records.h"

namespace vaultlink::server::admin {

int runRecord(const QStringList &args) {
    CommandLine cli(QStringLiteral("record"),
                    QStringLiteral("record delete: delete a record on the server, whatever its "
                                   "revision and whoever may see it; the change feed reports it "
                                   "as a removal."));
    cli.positional(QStringLiteral("action"), QStringLiteral("delete"));
    cli.dataOption();
    cli.option(QStringLiteral("database"), QStringLiteral("database name"), QStringLiteral("name"));
    cli.option(QStringLiteral("id"), QStringLiteral("record id"), QStringLiteral("id"));
    return cli.run(args, [&] {
        if (cli.positionals().value(0) != QLatin1String("delete"))
            throw UsageError{QStringLiteral("record takes delete")};
        auto store = cli.dataDir().open();
        const DatabaseRow db =
            requireDatabaseByName(*store, cli.require(QStringLiteral("database")));
        bool ok = false;
        const qint64 id = cli.require(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            throw UsageError{QStringLiteral("--id takes a record id")};
        SystemClock clock;
        Records(*store, clock).remove(db.id, id);
        out() << "deleted record " << id << " from " << db.name << "\n";
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
