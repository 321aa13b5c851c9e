#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/common/refusal.h"
#include "server/directory/databases.h"
#include "server/directory/units.h"
#include "server/directory/users.h"
#include "server/store/store.h"

namespace vaultlink::server::admin {

namespace {
UnitRights parseRights(const QString &text) {
    UnitRights rights;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("read"))
            rights.read = true;
        else if (part == QLatin1String("add"))
            rights.add = true;
        else if (part == QLatin1String("edit"))
            rights.edit = true;
        else if (part == QLatin1String("delete"))
            rights.remove = true;
        else
            throw UsageError{
                QStringLiteral("--rights takes read, add, edit and delete, comma-separated; "
                               "not '%1'")
                    .arg(part)};
    }
    return rights;
}
} // namespace

int runUnit(const QStringList &args) {
    CommandLine cli(QStringLiteral("unit"),
                    QStringLiteral("unit add|grant|revoke: organizational units and the rights "
                                   "users have on them. Changing a read right re-reports the "
                                   "unit's records to that user's devices."));
    cli.positional(QStringLiteral("action"), QStringLiteral("add, grant or revoke"));
    cli.dataOption();
    cli.option(QStringLiteral("database"), QStringLiteral("database name"), QStringLiteral("name"));
    cli.option(QStringLiteral("name"), QStringLiteral("unit name"), QStringLiteral("name"));
    cli.option(QStringLiteral("user"), QStringLiteral("user name (grant, revoke)"),
               QStringLiteral("name"));
    cli.option(QStringLiteral("rights"), QStringLiteral("for grant: read,add,edit,delete"),
               QStringLiteral("list"));
    return cli.run(args, [&] {
        const QString action = cli.positionals().value(0);
        auto store = cli.dataDir().open();
        const DatabaseRow db =
            requireDatabaseByName(*store, cli.require(QStringLiteral("database")));
        const QString name = cli.require(QStringLiteral("name"));
        Transaction tx(*store);
        if (action == QLatin1String("add")) {
            addUnit(*store, db.id, name);
            out() << "added unit " << name << " to " << db.name << "\n";
        } else if (action == QLatin1String("grant") || action == QLatin1String("revoke")) {
            const auto unit = findUnit(*store, db.id, name);
            if (!unit)
                throw Refusal(Error::InvalidRequest,
                              QStringLiteral("database %1 has no unit '%2'").arg(db.name, name));
            const UserRow user = requireUserByName(*store, cli.require(QStringLiteral("user")));
            const UnitRights rights = action == QLatin1String("grant")
                                          ? parseRights(cli.require(QStringLiteral("rights")))
                                          : UnitRights{};
            setUnitRights(*store, *unit, user.id, rights);
            out() << "unit " << name << ": " << user.name << " read=" << rights.read
                  << " add=" << rights.add << " edit=" << rights.edit << " delete=" << rights.remove
                  << "\n";
        } else {
            throw UsageError{QStringLiteral("unit takes add, grant or revoke")};
        }
        tx.commit();
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
