#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/auth/devices.h"
#include "server/common/clock.h"
#include "server/common/refusal.h"
#include "server/common/timefmt.h"
#include "server/store/store.h"

namespace vaultlink::server::admin {

int runDevice(const QStringList &args) {
    CommandLine cli(QStringLiteral("device"),
                    QStringLiteral("device list|revoke|activate. A revoked device is refused from "
                                   "its next contact on and deletes its local mirror."));
    cli.positional(QStringLiteral("action"), QStringLiteral("list, revoke or activate"));
    cli.dataOption();
    cli.option(QStringLiteral("device"), QStringLiteral("device id (as listed)"),
               QStringLiteral("id"));
    cli.option(QStringLiteral("user"), QStringLiteral("only this user's device with that id"),
               QStringLiteral("name"));
    return cli.run(args, [&] {
        const QString action = cli.positionals().value(0);
        auto store = cli.dataDir().open();
        if (action == QLatin1String("list")) {
            for (const DeviceRow &d : listDevices(*store))
                out() << d.deviceId << "\t" << d.userName << "\t" << d.name << "\t"
                      << (d.active ? "active" : "revoked") << "\tlast seen " << isoTime(d.lastSeen)
                      << "\n";
        } else if (action == QLatin1String("revoke") || action == QLatin1String("activate")) {
            const bool activate = action == QLatin1String("activate");
            Transaction tx(*store);
            const int changed =
                setDeviceActive(*store, cli.require(QStringLiteral("device")),
                                cli.value(QStringLiteral("user")), activate, SystemClock().nowMs());
            tx.commit();
            if (changed == 0)
                throw Refusal(Error::InvalidRequest, QStringLiteral("no device '%1' is known")
                                                         .arg(cli.value(QStringLiteral("device"))));
            out() << (activate ? "activated " : "revoked ") << changed << " device(s)\n";
        } else {
            throw UsageError{QStringLiteral("device takes list, revoke or activate")};
        }
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
