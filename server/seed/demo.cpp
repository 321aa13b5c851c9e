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
        {QStringLiteral("dave"),
         QStringLiteral("dave-demo-2026"),
         QStringLiteral("logs in with the PIN 2468"),
         {}},
        {QStringLiteral("erin"),
         QStringLiteral("erin-demo-2026"),
         QStringLiteral("approves a push on the Account page, or `mfa approve N`"),
         {}},
        {QStringLiteral("frank"),
         QStringLiteral("frank-demo-2026"),
         QStringLiteral("answers a phone call: the Account page's phone, or `mfa answer-call N "
                        "--key 1`"),
         {}},
        {QStringLiteral("gina"),
         QStringLiteral("gina-demo-2026"),
         QStringLiteral("chooses: push, PIN 1357 or a TOTP code"),
         {}},
        {QStringLiteral("hank"),
         QStringLiteral("hank-demo-2026"),
         QStringLiteral("logs in with a security key once one is registered (scripts/demo.sh "
                        "makes a stand-in key)"),
         {}},
        {QStringLiteral("ivan"),
         QStringLiteral("ivan-demo-2026"),
         QStringLiteral("a directory account of corp.example.com: CORP\\ivan or "
                        "ivan@corp.example.com"),
         {}},
    };
    const qint64 demo = addDatabase(store, random, QStringLiteral("Demo"), true, nowMs);
    const qint64 archive = addDatabase(store, random, QStringLiteral("Archive"), false, nowMs);

    const qint64 alice = addUser(
        store, random,
        {users[0].name, QStringLiteral("Alice Admin"), users[0].password, {true, true, true}, {}},
        nowMs);
    const qint64 bob = addUser(
        store, random,
        {users[1].name, QStringLiteral("Bob Desktop"), users[1].password, {false, false, true}, {}},
        nowMs);
    const qint64 carol = addUser(
        store, random,
        {users[2].name, QStringLiteral("Carol Careful"), users[2].password, {true, true, true}, {}},
        nowMs);
    const QByteArray secret = enableTotp(store, random, carol);
    const QString serverName = Settings::load(store).text(setting::kServerName);
    users[2].otpauthUri = otpauthUri(serverName, users[2].name, secret);

    // One user per second factor, one with several, one of a directory; all read IT's records.
    QList<qint64> readers = {carol};
    const auto addReader = [&](const DemoUser &user, const QString &displayName,
                               const QString &domain = {}) {
        const qint64 id =
            addUser(store, random,
                    {user.name, displayName, user.password, {true, false, true}, domain}, nowMs);
        readers.append(id);
        return id;
    };
    setPin(store, random, addReader(users[3], QStringLiteral("Dave Digits")),
           QStringLiteral("2468"));
    addMfaMethod(store, addReader(users[4], QStringLiteral("Erin Elsewhere")),
                 QStringLiteral("push"));
    setPhone(store, addReader(users[5], QStringLiteral("Frank Phone")),
             QStringLiteral("+49 170 5550123"));
    const qint64 gina = addReader(users[6], QStringLiteral("Gina Choosy"));
    addMfaMethod(store, gina, QStringLiteral("push"));
    setPin(store, random, gina, QStringLiteral("1357"));
    users[6].otpauthUri = otpauthUri(serverName, users[6].name, enableTotp(store, random, gina));
    addMfaMethod(store, addReader(users[7], QStringLiteral("Hank Hardware")),
                 QStringLiteral("fido"));
    addReader(users[8], QStringLiteral("Ivan Directory"), QStringLiteral("corp.example.com"));

    {
        Transaction tx(store);
        const qint64 it = addUnit(store, demo, QStringLiteral("IT"));
        const qint64 marketing = addUnit(store, demo, QStringLiteral("Marketing"));
        const qint64 finance = addUnit(store, demo, QStringLiteral("Finance"));
        setUnitRights(store, it, alice, {true, true, true, true});
        setUnitRights(store, marketing, alice, {true, true, false});
        setUnitRights(store, it, bob, {true, false, false});
        for (const qint64 reader : readers)
            setUnitRights(store, it, reader, {true, false, false});
        setUnitRights(store, finance, carol, {true, true, true, true});
        tx.commit();
    }
    seedRecords(store, demo, alice, 60, nowMs);
    seedRecords(store, demo, carol, 25, nowMs);
    seedRecords(store, archive, alice, 10, nowMs);
    return users;
}

} // namespace vaultlink::server
