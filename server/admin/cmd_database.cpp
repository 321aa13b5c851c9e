#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/common/clock.h"
#include "server/common/random.h"
#include "server/directory/databases.h"
#include "server/directory/sequence.h"
#include "server/store/store.h"

namespace vaultlink::server::admin {

int runDatabase(const QStringList &args) {
    CommandLine cli(QStringLiteral("database"),
                    QStringLiteral("database add|set|list|compact. 'compact' forgets the change "
                                   "history, so clients holding an older cursor start over."));
    cli.positional(QStringLiteral("action"), QStringLiteral("add, set, list or compact"));
    cli.dataOption();
    cli.option(QStringLiteral("name"), QStringLiteral("database name"), QStringLiteral("name"));
    cli.option(QStringLiteral("mobile-sync"), QStringLiteral("\"enable mobile synchronization\""),
               QStringLiteral("on|off"));
    return cli.run(args, [&] {
        const QString action = cli.positionals().value(0);
        auto store = cli.dataDir().open();
        if (action == QLatin1String("list")) {
            for (const DatabaseRow &db : listDatabases(*store))
                out() << db.id << "\t" << db.name
                      << "\tmobile-sync=" << (db.mobileSync ? "on" : "off")
                      << "\tsequence=" << db.seq << "\n";
        } else if (action == QLatin1String("add")) {
            const bool mobile = !cli.isSet(QStringLiteral("mobile-sync")) ||
                                cli.onOff(QStringLiteral("mobile-sync"));
            SystemRandom random;
            const qint64 id = addDatabase(*store, random, cli.require(QStringLiteral("name")),
                                          mobile, SystemClock().nowMs());
            out() << "added database " << cli.value(QStringLiteral("name")) << " (id " << id
                  << ")\n";
        } else if (action == QLatin1String("set")) {
            const DatabaseRow db =
                requireDatabaseByName(*store, cli.require(QStringLiteral("name")));
            setMobileSync(*store, db.id, cli.onOff(QStringLiteral("mobile-sync")));
            out() << "database " << db.name
                  << " mobile-sync=" << cli.value(QStringLiteral("mobile-sync")) << "\n";
        } else if (action == QLatin1String("compact")) {
            const DatabaseRow db =
                requireDatabaseByName(*store, cli.require(QStringLiteral("name")));
            Transaction tx(*store);
            compactFeed(*store, db.id);
            tx.commit();
            out() << "database " << db.name << ": change history before sequence " << db.seq
                  << " forgotten\n";
        } else {
            throw UsageError{QStringLiteral("database takes add, set, list or compact")};
        }
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
