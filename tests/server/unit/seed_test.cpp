#include "server/seed/seed.h"
#include "server/store/sql.h"
#include "server/vault/feed.h"
#include "tests/server/support/temp_store.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
QStringList names(test::TempStore &data) {
    QStringList out;
    QSqlQuery q =
        run(*data.store,
            QStringLiteral("SELECT value FROM fields WHERE key = 'name' ORDER BY record_id"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

TEST(Seed, IsDeterministicAndVisibleToTheUser) {
    test::TempStore a;
    test::TempStore b;
    for (test::TempStore *data : {&a, &b}) {
        const qint64 db = data->addDatabase(QStringLiteral("Main"));
        const qint64 user = data->addUser(QStringLiteral("alice"), QStringLiteral("pw"));
        const SeedResult result = seedRecords(*data->store, db, user, 300, data->clock.nowMs());
        EXPECT_EQ(result.created, 300);
        EXPECT_EQ(result.personal + result.global, 300);
        EXPECT_GT(result.personal, 50);
        EXPECT_GT(result.global, 100);
        Feed feed(*data->store);
        EXPECT_EQ(feed.changes(db, user, QString(), 10).total.count, 300);
    }
    EXPECT_EQ(names(a), names(b));
    const QString sample = names(a).first();
    EXPECT_TRUE(sample.contains(QLatin1Char('#'))) << sample.toStdString();
}

TEST(Seed, KeepsTheSequenceMonotonic) {
    test::TempStore data;
    const qint64 db = data.addDatabase(QStringLiteral("Main"));
    const qint64 user = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    seedRecords(*data.store, db, user, 10, data.clock.nowMs());
    seedRecords(*data.store, db, user, 10, data.clock.nowMs());
    EXPECT_EQ(
        queryValue(*data.store, QStringLiteral("SELECT seq FROM databases WHERE id = ?"), {db})
            .toLongLong(),
        20);
    EXPECT_EQ(queryValue(*data.store, QStringLiteral("SELECT COUNT(DISTINCT seq) FROM records"))
                  .toLongLong(),
              20);
}
