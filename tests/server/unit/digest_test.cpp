#include "server/directory/databases.h"
#include "server/directory/sequence.h"
#include "server/store/store.h"
#include "server/vault/digest.h"
#include "server/vault/feed.h"
#include "server/vault/records.h"
#include "tests/server/support/temp_store.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
// The documented definition, written out independently of the server's code.
QByteArray expectedDigest(const QList<QPair<qint64, qint64>> &idAndSeq) {
    QByteArray acc(32, '\0');
    for (const auto &[id, seq] : idAndSeq) {
        const QByteArray h = QCryptographicHash::hash(
            QByteArray::number(id) + ':' + QByteArray::number(seq), QCryptographicHash::Sha256);
        for (int i = 0; i < 32; ++i)
            acc[i] = static_cast<char>(acc[i] ^ h[i]);
    }
    return acc.toHex();
}
} // namespace

TEST(Digest, CountsAndHashesTheVisibleSet) {
    test::TempStore data;
    const qint64 db = data.addDatabase(QStringLiteral("Main"));
    const qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    const qint64 bob = data.addUser(QStringLiteral("bob"), QStringLiteral("pw"));
    Records records(*data.store, data.clock);
    const Actor actor{alice, db, {true, true, true}};
    const Record a = records.create(
        actor,
        {QStringLiteral("note"), std::nullopt, {{QStringLiteral("name"), QStringLiteral("a")}}});
    const Record b = records.create(
        actor,
        {QStringLiteral("note"), std::nullopt, {{QStringLiteral("name"), QStringLiteral("b")}}});

    const SetDigest digest = computeDigest(*data.store, db, alice);
    EXPECT_EQ(digest.count, 2);
    EXPECT_EQ(digest.hex, expectedDigest({{a.id, a.seq}, {b.id, b.seq}}));

    const SetDigest empty = computeDigest(*data.store, db, bob);
    EXPECT_EQ(empty.count, 0);
    EXPECT_EQ(empty.hex, QByteArray(64, '0'));
}

TEST(Digest, ChangesWhenAnyVisibleRecordChangesAndCacheFollows) {
    test::TempStore data;
    const qint64 db = data.addDatabase(QStringLiteral("Main"));
    const qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    Records records(*data.store, data.clock);
    const Actor actor{alice, db, {true, true, true}};
    const Record a = records.create(
        actor,
        {QStringLiteral("note"), std::nullopt, {{QStringLiteral("name"), QStringLiteral("a")}}});
    DigestCache cache;
    const SetDigest before = cache.get(*data.store, *findDatabase(*data.store, db), alice);
    const Record edited =
        records.update(actor, a.id, {{QStringLiteral("notes"), QStringLiteral("x"), 1}});
    const SetDigest after = cache.get(*data.store, *findDatabase(*data.store, db), alice);
    EXPECT_NE(before.hex, after.hex);
    EXPECT_EQ(after.hex, expectedDigest({{edited.id, edited.seq}}));
}

namespace {
// The cache's answer for the database as it is now, checked against a full pass.
void expectCacheMatchesFullPass(DigestCache &cache, Store &store, qint64 db, qint64 user,
                                DigestCache::Pass pass, const char *step) {
    const SetDigest cached = cache.get(store, *findDatabase(store, db), user);
    const SetDigest full = computeDigest(store, db, user);
    EXPECT_EQ(cached.count, full.count) << step;
    EXPECT_EQ(cached.hex, full.hex) << step;
    EXPECT_EQ(cache.lastPass(), pass) << step;
}
} // namespace

// The cache follows every kind of change from the records changed since it last looked, and
// starts over where that would not be exact.
TEST(Digest, TheCacheFollowsEachChangeIncrementally) {
    using Pass = DigestCache::Pass;
    test::TempStore data;
    const qint64 db = data.addDatabase(QStringLiteral("Main"));
    const qint64 otherDb = data.addDatabase(QStringLiteral("Other"));
    const qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    const qint64 bob = data.addUser(QStringLiteral("bob"), QStringLiteral("pw"));
    const qint64 ops = data.addUnit(db, QStringLiteral("Ops"));
    data.grant(ops, alice, true, true, true, true);
    data.grant(ops, bob, true, true, true, true);
    Store &store = *data.store;
    Records records(store, data.clock);
    const Actor aliceActs{alice, db, {true, true, true}};
    const Actor bobActs{bob, db, {true, true, true}};
    const auto add = [&](const Actor &actor, std::optional<qint64> unit) {
        return records
            .create(actor,
                    {QStringLiteral("note"), unit, {{QStringLiteral("name"), QStringLiteral("n")}}})
            .id;
    };
    DigestCache cache;
    const auto check = [&](qint64 user, Pass pass, const char *step) {
        expectCacheMatchesFullPass(cache, store, db, user, pass, step);
    };

    check(alice, Pass::Full, "empty, first look");
    check(alice, Pass::Cached, "nothing changed");
    const qint64 shared = add(aliceActs, ops);
    const qint64 mine = add(aliceActs, std::nullopt);
    const qint64 bobs = add(bobActs, std::nullopt);
    check(alice, Pass::Incremental, "created");
    check(bob, Pass::Full, "bob's first look");
    records.update(aliceActs, shared, {{QStringLiteral("notes"), QStringLiteral("x"), 1}});
    check(alice, Pass::Incremental, "changed");
    check(bob, Pass::Incremental, "changed, seen by bob");
    records.remove(aliceActs, mine, 3);
    check(alice, Pass::Incremental, "deleted by its user");
    records.remove(db, bobs);
    check(bob, Pass::Incremental, "deleted by the administrator");
    check(alice, Pass::Incremental, "someone else's deletion");
    for (int i = 0; i < 5; ++i)
        add(bobActs, ops);
    data.grant(ops, alice, false);
    check(alice, Pass::Incremental, "read right lost: the unit's records leave");
    check(bob, Pass::Incremental, "another reader's unit re-sequenced");
    data.grant(ops, alice, true);
    check(alice, Pass::Incremental, "read right back");
    add(Actor{alice, otherDb, {true, true, true}}, std::nullopt);
    check(alice, Pass::Cached, "a change in another database");
    EXPECT_EQ(cache.get(store, *findDatabase(store, otherDb), alice).count, 1);

    // Compaction removes rows outright: the cache may not follow, and starts over.
    add(aliceActs, std::nullopt);
    {
        Transaction tx(store);
        compactFeed(store, db);
        tx.commit();
    }
    check(alice, Pass::Full, "history compacted");
    // A database behind the cache (a restored backup), and one of another epoch, too.
    DatabaseRow behind = *findDatabase(store, db);
    behind.seq -= 1;
    behind.minSeq = 0;
    cache.get(store, behind, alice);
    EXPECT_EQ(cache.lastPass(), Pass::Full);
    DatabaseRow reborn = *findDatabase(store, db);
    reborn.epoch = QStringLiteral("another");
    cache.get(store, reborn, alice);
    EXPECT_EQ(cache.lastPass(), Pass::Full);
}

TEST(Digest, TheCacheKeepsOnlyTheMostRecentlyAskedPairs) {
    test::TempStore data;
    const qint64 db = data.addDatabase(QStringLiteral("Main"));
    const qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    const qint64 bob = data.addUser(QStringLiteral("bob"), QStringLiteral("pw"));
    const DatabaseRow database = *findDatabase(*data.store, db);
    DigestCache cache(1);
    cache.get(*data.store, database, alice);
    cache.get(*data.store, database, alice);
    EXPECT_EQ(cache.lastPass(), DigestCache::Pass::Cached);
    cache.get(*data.store, database, bob);
    cache.get(*data.store, database, alice);
    EXPECT_EQ(cache.lastPass(), DigestCache::Pass::Full) << "alice's entry made room for bob's";
}
