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
                    QStringLiteral("record delete|set: delete a record on the server, or change "
                                   "its fields (--field KEY=VALUE, repeated), whatever its "
                                   "revisions and whoever may see it; the change feed reports "
                                   "it to every device that sees it."));
    cli.positional(QStringLiteral("action"), QStringLiteral("delete or set"));
    cli.dataOption();
    cli.option(QStringLiteral("database"), QStringLiteral("database name"), QStringLiteral("name"));
    cli.option(QStringLiteral("id"), QStringLiteral("record id"), QStringLiteral("id"));
    cli.option(QStringLiteral("field"), QStringLiteral("set: a field's new value (repeatable)"),
               QStringLiteral("KEY=VALUE"));
    return cli.run(args, [&] {
        const QString action = cli.positionals().value(0);
        if (action != QLatin1String("delete") && action != QLatin1String("set"))
            throw UsageError{QStringLiteral("record takes delete or set")};
        auto store = cli.dataDir().open();
        const DatabaseRow db =
            requireDatabaseByName(*store, cli.require(QStringLiteral("database")));
        bool ok = false;
        const qint64 id = cli.require(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            throw UsageError{QStringLiteral("--id takes a record id")};
        SystemClock clock;
        if (action == QLatin1String("set")) {
            QMap<QString, QJsonValue> values;
            for (const QString &given : cli.values(QStringLiteral("field"))) {
                const qsizetype equals = given.indexOf(QLatin1Char('='));
                if (equals <= 0)
                    throw UsageError{
                        QStringLiteral("--field takes KEY=VALUE, not '%1'").arg(given)};
                values.insert(given.left(equals), given.mid(equals + 1));
            }
            if (values.isEmpty())
                throw UsageError{QStringLiteral("record set needs at least one --field KEY=VALUE")};
            const Record record = Records(*store, clock).set(db.id, id, values);
            out() << "changed record " << id << " in " << db.name << " (sequence " << record.seq
                  << ")\n";
            out().flush();
            return int{Ok};
        }
        Records(*store, clock).remove(db.id, id);
        out() << "deleted record " << id << " from " << db.name << "\n";
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
