#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/auth/devices.h"
#include "server/auth/second_factor.h"
#include "server/common/clock.h"
#include "server/common/random.h"
#include "server/common/refusal.h"
#include "server/crypto/totp.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "server/store/sql.h"
#include "server/store/store.h"

namespace vaultlink::server::admin {

namespace {
void applyRight(const CommandLine &cli, const char *option, bool *right) {
    if (cli.isSet(QLatin1String(option)))
        *right = cli.onOff(QLatin1String(option));
}

// The second factors and the directory domain, as the options give them (add and set alike).
// Secrets come from standard input: the password's line first when both are read.
void applySecondFactors(Store &store, RandomSource &random, const CommandLine &cli,
                        const UserRow &before) {
    const qint64 id = before.id;
    if (cli.isSet(QStringLiteral("pin-stdin")))
        setPin(store, random, id, readSecretLine());
    if (cli.isSet(QStringLiteral("pin-off")))
        clearPin(store, id);
    if (cli.isSet(QStringLiteral("push"))) {
        if (cli.onOff(QStringLiteral("push")))
            addMfaMethod(store, id, QString::fromLatin1(mfa::kPush));
        else
            removeMfaMethod(store, id, QString::fromLatin1(mfa::kPush));
    }
    if (cli.isSet(QStringLiteral("phone"))) {
        const QString phone = cli.value(QStringLiteral("phone"));
        setPhone(store, id, phone == QLatin1String("off") ? QString() : phone);
    }
    if (cli.isSet(QStringLiteral("domain"))) {
        const QString domain = cli.value(QStringLiteral("domain"));
        setDirectoryDomain(store, id, domain == QLatin1String("none") ? QString() : domain);
    }
    if (cli.isSet(QStringLiteral("mfa"))) {
        const UserRow user = *findUser(store, id);
        QStringList order =
            cli.value(QStringLiteral("mfa")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (order == QStringList{QStringLiteral("none")})
            order.clear();
        for (const QString &method : order) {
            if (!mfaMethodNames().contains(method))
                throw UsageError{QStringLiteral("--mfa takes %1 (or none), separated by commas")
                                     .arg(mfaMethodNames().join(QStringLiteral(", ")))};
            if (order.count(method) > 1)
                throw UsageError{QStringLiteral("--mfa names %1 twice").arg(method)};
            if (!mfaMethodSetUp(store, user, method))
                throw Refusal(Error::InvalidRequest,
                              QStringLiteral("%1 is not set up for %2 yet").arg(method, user.name));
        }
        setMfaMethods(store, id, order);
    }
}

QString mfaSummary(Store &store, const UserRow &user) {
    const QStringList usable = usableMfaMethods(store, user);
    return usable.isEmpty() ? QStringLiteral("none") : usable.join(QLatin1Char(','));
}

void printTotp(Store &store, const QString &name, const QByteArray &secret) {
    out() << "TOTP enabled; add to an authenticator app: "
          << otpauthUri(Settings::load(store).text(setting::kServerName), name, secret) << "\n";
}
} // namespace

int runUser(const QStringList &args) {
    CommandLine cli(QStringLiteral("user"),
                    QStringLiteral("user add|set|list: manage users. Passwords are read from "
                                   "standard input (--password-stdin), never from arguments."));
    cli.positional(QStringLiteral("action"), QStringLiteral("add, set or list"));
    cli.dataOption();
    cli.option(QStringLiteral("name"), QStringLiteral("user name"), QStringLiteral("name"));
    cli.option(QStringLiteral("display-name"), QStringLiteral("name shown to people"),
               QStringLiteral("text"));
    cli.flag(QStringLiteral("password-stdin"),
             QStringLiteral("read the password from standard input"));
    cli.option(QStringLiteral("mobile"),
               QStringLiteral("right \"can synchronize with mobile devices\""),
               QStringLiteral("on|off"));
    cli.option(QStringLiteral("create-global"),
               QStringLiteral("right \"can create new passwords\""), QStringLiteral("on|off"));
    cli.option(QStringLiteral("create-personal"),
               QStringLiteral("right \"can create personal records\""), QStringLiteral("on|off"));
    cli.option(QStringLiteral("totp"), QStringLiteral("second factor by authenticator app"),
               QStringLiteral("on|off"));
    cli.flag(QStringLiteral("pin-stdin"),
             QStringLiteral("second factor by PIN (4-12 digits), read from standard input after "
                            "the password"));
    cli.flag(QStringLiteral("pin-off"), QStringLiteral("remove the user's PIN"));
    cli.option(QStringLiteral("push"),
               QStringLiteral("second factor by approving on the Account page (push stand-in)"),
               QStringLiteral("on|off"));
    cli.option(QStringLiteral("phone"),
               QStringLiteral("second factor by phone call to this number (stand-in), or off"),
               QStringLiteral("number"));
    cli.option(QStringLiteral("mfa"),
               QStringLiteral("the second factors offered, in this order (each set up first), "
                              "or none"),
               QStringLiteral("list"));
    cli.option(QStringLiteral("domain"),
               QStringLiteral("directory account of this domain (FQDN), or none for a local one"),
               QStringLiteral("fqdn"));
    return cli.run(args, [&] {
        const QString action = cli.positionals().value(0);
        auto store = cli.dataDir().open();
        SystemRandom random;
        if (action == QLatin1String("list")) {
            QSqlQuery q =
                run(*store,
                    QStringLiteral(
                        "SELECT name, display_name, can_mobile, can_create_global, "
                        "can_create_personal, totp_secret IS NOT NULL FROM users ORDER BY name"));
            while (q.next()) {
                const UserRow user = requireUserByName(*store, q.value(0).toString());
                out() << q.value(0).toString() << "\t" << q.value(1).toString()
                      << "\tmobile=" << (q.value(2).toBool() ? "on" : "off")
                      << " create-global=" << (q.value(3).toBool() ? "on" : "off")
                      << " create-personal=" << (q.value(4).toBool() ? "on" : "off")
                      << " totp=" << (q.value(5).toBool() ? "on" : "off")
                      << " mfa=" << mfaSummary(*store, user) << " domain="
                      << (user.directoryDomain.isEmpty() ? QStringLiteral("none")
                                                         : user.directoryDomain)
                      << "\n";
            }
            out().flush();
            return int{Ok};
        }
        const QString name = cli.require(QStringLiteral("name"));
        if (action == QLatin1String("add")) {
            if (!cli.isSet(QStringLiteral("password-stdin")))
                throw UsageError{QStringLiteral("user add needs --password-stdin")};
            NewUser user{name, cli.value(QStringLiteral("display-name")), readSecretLine(), {}, {}};
            applyRight(cli, "mobile", &user.rights.canSyncMobile);
            applyRight(cli, "create-global", &user.rights.canCreateGlobal);
            applyRight(cli, "create-personal", &user.rights.canCreatePersonal);
            const qint64 id = addUser(*store, random, user, SystemClock().nowMs());
            out() << "added user " << name << "\n";
            if (cli.isSet(QStringLiteral("totp")) && cli.onOff(QStringLiteral("totp")))
                printTotp(*store, name, enableTotp(*store, random, id));
            applySecondFactors(*store, random, cli, *findUser(*store, id));
        } else if (action == QLatin1String("set")) {
            UserRow user = requireUserByName(*store, name);
            if (cli.isSet(QStringLiteral("password-stdin"))) {
                setPassword(*store, random, user.id, readSecretLine());
                revokeUserSessions(*store, user.id, QStringLiteral("password-changed"));
            }
            if (cli.isSet(QStringLiteral("display-name")))
                setDisplayName(*store, user.id, cli.value(QStringLiteral("display-name")));
            applyRight(cli, "mobile", &user.rights.canSyncMobile);
            applyRight(cli, "create-global", &user.rights.canCreateGlobal);
            applyRight(cli, "create-personal", &user.rights.canCreatePersonal);
            setRights(*store, user.id, user.rights);
            if (cli.isSet(QStringLiteral("totp"))) {
                if (cli.onOff(QStringLiteral("totp"))) {
                    printTotp(*store, user.name, enableTotp(*store, random, user.id));
                    revokeUserSessions(*store, user.id, QStringLiteral("second-factor-added"));
                } else
                    disableTotp(*store, user.id);
            }
            applySecondFactors(*store, random, cli, user);
            if (cli.isSet(QStringLiteral("pin-stdin")) || cli.isSet(QStringLiteral("phone")) ||
                cli.isSet(QStringLiteral("domain")))
                revokeUserSessions(*store, user.id, QStringLiteral("second-factor-changed"));
            out() << "updated user " << user.name << "\n";
        } else {
            throw UsageError{QStringLiteral("user takes add, set or list")};
        }
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
