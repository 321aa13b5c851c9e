#include "server/directory/databases.h"
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
