#include "server/seed/demo.h"

#include "server/crypto/totp.h"
#include "server/directory/databases.h"
#include "server/directory/units.h"
#include "server/directory/users.h"
#include "server/seed/seed.h"
#include "server/store/settings.h"
#include "server/store/store.h"

namespace vaultlink::server {

QList<DemoUser> installDemo(Store &store, RandomSource &random, qint64 nowMs) {
    QList<DemoUser> users = {
        {QStringLiteral("alice"),
         QStringLiteral("alice-demo-2026"),
         QStringLiteral("may sync; edits and deletes in IT, adds to Marketing"),
         {}},
        {QStringLiteral("bob"),
         QStringLiteral("bob-demo-2026"),
         QStringLiteral("lacks \"can synchronize with mobile devices\""),
         {}},
        {QStringLiteral("carol"),
         QStringLiteral("carol-demo-2026"),
         QStringLiteral("logs in with a TOTP code"),
         {}},
    };
    const qint64 demo = addDatabase(store, random, QStringLiteral("Demo"), true, nowMs);
    const qint64 archive = addDatabase(store, random, QStringLiteral("Archive"), false, nowMs);

    const qint64 alice = addUser(
        store, random,
        {users[0].name, QStringLiteral("Alice Admin"), users[0].password, {true, true, true}},
        nowMs);
    const qint64 bob = addUser(
        store, random,
        {users[1].name, QStringLiteral("Bob Desktop"), users[1].password, {false, false, true}},
        nowMs);
    const qint64 carol = addUser(
        store, random,
        {users[2].name, QStringLiteral("Carol Careful"), users[2].password, {true, true, true}},
        nowMs);
    const QByteArray secret = enableTotp(store, random, carol);
    users[2].otpauthUri =
        otpauthUri(Settings::load(store).text(setting::kServerName), users[2].name, secret);

    {
        Transaction tx(store);
        const qint64 it = addUnit(store, demo, QStringLiteral("IT"));
        const qint64 marketing = addUnit(store, demo, QStringLiteral("Marketing"));
        const qint64 finance = addUnit(store, demo, QStringLiteral("Finance"));
        setUnitRights(store, it, alice, {true, true, true, true});
        setUnitRights(store, marketing, alice, {true, true, false});
        setUnitRights(store, it, bob, {true, false, false});
        setUnitRights(store, it, carol, {true, false, false});
        setUnitRights(store, finance, carol, {true, true, true, true});
        tx.commit();
    }
    seedRecords(store, demo, alice, 60, nowMs);
    seedRecords(store, demo, carol, 25, nowMs);
    seedRecords(store, archive, alice, 10, nowMs);
    return users;
}

} // namespace vaultlink::server
