#include "server/common/refusal.h"
#include "server/directory/forms.h"
#include "server/directory/sequence.h"
#include "server/store/sql.h"
#include "server/store/store.h"
#include "server/vault/feed.h"
#include "server/vault/feed_json.h"
#include "server/vault/record_store.h"
#include "server/vault/records.h"
#include "tests/server/support/temp_store.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace vaultlink::server;

class FeedTest : public ::testing::Test {
protected:
    test::TempStore data;
    qint64 db = data.addDatabase(QStringLiteral("Main"));
    qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    qint64 bob = data.addUser(QStringLiteral("bob"), QStringLiteral("pw"));
    qint64 it = data.addUnit(db, QStringLiteral("IT"));
    Records records{*data.store, data.clock};
    Feed feed{*data.store};

    void SetUp() override {
        data.grant(it, alice, true, true, true);
        data.grant(it, bob, true);
    }

    qint64 add(const QString &name, std::optional<qint64> unit, qint64 user) {
        return records
            .create({user, db, {true, true, true}},
                    {QStringLiteral("note"), unit, {{QStringLiteral("name"), name}}})
            .id;
    }

    // Follows the feed to its end; returns the ids seen as upserts and removals.
    std::pair<QSet<qint64>, QSet<qint64>> drain(qint64 user, QString *cursor, int limit,
                                                int *pages = nullptr) {
        QSet<qint64> upserts, removed;
        int count = 0;
        for (bool more = true; more; ++count) {
            const FeedPage page = feed.changes(db, user, *cursor, limit);
            EXPECT_LE(page.records.size() + page.removed.size(), limit);
            for (const Record &r : page.records)
                upserts.insert(r.id);
            for (qint64 id : page.removed)
                removed.insert(id);
            *cursor = page.cursor;
            more = page.more;
        }
        if (pages)
            *pages = count;
        return {upserts, removed};
    }
};

TEST_F(FeedTest, InitialSyncPagesThroughEveryVisibleRecordOnce) {
    QSet<qint64> expected;
    for (int i = 0; i < 23; ++i)
        expected.insert(add(QStringLiteral("shared %1").arg(i), it, alice));
    for (int i = 0; i < 4; ++i)
        expected.insert(add(QStringLiteral("mine %1").arg(i), std::nullopt, alice));
    add(QStringLiteral("bob's own"), std::nullopt, bob);

    QString cursor;
    int pages = 0;
    const auto [upserts, removed] = drain(alice, &cursor, 5, &pages);
    EXPECT_EQ(upserts, expected);
    EXPECT_TRUE(removed.isEmpty());
    EXPECT_EQ(pages, 6); // 27 records in pages of 5
}

TEST_F(FeedTest, IncrementalSyncReportsOnlyLaterChanges) {
    const qint64 a = add(QStringLiteral("a"), it, alice);
    const qint64 b = add(QStringLiteral("b"), it, alice);
    QString cursor;
    drain(bob, &cursor, 100);
    records.update({alice, db, {true, true, true}}, b,
                   {{QStringLiteral("notes"), QStringLiteral("changed"), 1}});
    const qint64 c = add(QStringLiteral("c"), it, alice);
    const auto [upserts, removed] = drain(bob, &cursor, 100);
    EXPECT_EQ(upserts, (QSet<qint64>{b, c}));
    EXPECT_TRUE(removed.isEmpty());
    EXPECT_FALSE(upserts.contains(a));
    // Nothing new: an empty page that still moves nowhere.
    const auto [none, noneRemoved] = drain(bob, &cursor, 100);
    EXPECT_TRUE(none.isEmpty());
    EXPECT_TRUE(noneRemoved.isEmpty());
}

TEST_F(FeedTest, DeletionsAndLostRightsBecomeRemovals) {
    const qint64 a = add(QStringLiteral("a"), it, alice);
    const qint64 b = add(QStringLiteral("b"), it, alice);
    QString bobCursor;
    drain(bob, &bobCursor, 100);
    records.remove(db, a);
    data.grant(it, bob, false);
    const auto [upserts, removed] = drain(bob, &bobCursor, 100);
    EXPECT_TRUE(upserts.isEmpty());
    EXPECT_EQ(removed, (QSet<qint64>{a, b}));
}

TEST_F(FeedTest, GainedRightsBringTheUnitsRecords) {
    const qint64 fin = data.addUnit(db, QStringLiteral("Finance"));
    data.grant(fin, alice, true, true, true);
    const qint64 secret = add(QStringLiteral("payroll"), fin, alice);
    QString cursor;
    const auto [before, unused] = drain(bob, &cursor, 100);
    EXPECT_FALSE(before.contains(secret));
    data.grant(fin, bob, true);
    const auto [after, removed] = drain(bob, &cursor, 100);
    EXPECT_EQ(after, QSet<qint64>{secret});
    EXPECT_TRUE(removed.isEmpty());
}

TEST_F(FeedTest, UsersAreNotToldAboutRecordsTheyNeverSaw) {
    QString cursor;
    drain(bob, &cursor, 100);
    const qint64 alicesOwn = add(QStringLiteral("private"), std::nullopt, alice);
    records.remove(db, alicesOwn);
    const auto [upserts, removed] = drain(bob, &cursor, 100);
    EXPECT_TRUE(upserts.isEmpty());
    EXPECT_TRUE(removed.isEmpty());
}

TEST_F(FeedTest, CompactionMakesOldCursorsUnknown) {
    add(QStringLiteral("a"), it, alice);
    QString cursor;
    drain(bob, &cursor, 100);
    add(QStringLiteral("b"), it, alice);
    {
        Transaction tx(*data.store);
        compactFeed(*data.store, db);
        tx.commit();
    }
    try {
        feed.changes(db, bob, cursor, 100);
        FAIL() << "old cursor accepted";
    } catch (const Refusal &refusal) {
        EXPECT_EQ(refusal.error(), Error::CursorUnknown);
    }
    QString fresh;
    const auto [all, removed] = drain(bob, &fresh, 100);
    EXPECT_EQ(all.size(), 2);
}

// A page reads its records and fields through SQLite's own interface (RowReader); through Qt SQL
// they must come out the same, field order (the forms') and text decoding included, even for
// text that is no valid UTF-8 (what SQLite keeps of a lone surrogate, say). Each record also
// equals what loadRecord reads of it alone.
TEST_F(FeedTest, PagesReadTheSameThroughSqliteAndQtSqlInFormOrder) {
    const Actor actor{alice, db, {true, true, true}, QStringLiteral("Phone")};
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        const Record created = records.create(
            actor,
            {i % 3 == 0 ? QStringLiteral("credit-card") : QStringLiteral("login"),
             i % 2 ? std::optional<qint64>(it) : std::nullopt,
             {{QStringLiteral("name"), QStringLiteral("r%1 é 日本 😀").arg(i)},
              {QStringLiteral("notes"), QStringLiteral("a\nb \"q\"")},
              {QStringLiteral("tags"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}}},
             i == 4 ? QStringLiteral("ref-4") : QString()});
        ids.append(created.id);
    }
    records.update(actor, ids[3], {{QStringLiteral("notes"), QStringLiteral("changed"), 1}});
    records.set(db, ids[5], {{QStringLiteral("name"), QStringLiteral("by the administrator")}});
    records.remove(db, ids[6]);
    // Bytes Qt would never store: lone surrogates as SQLite writes them, broken sequences.
    const QList<QByteArray> odd = {
        "\xed\xa0\x80", QByteArray("a\xc3\x28") + 'b', "\xf0\x9f\x98",
        "\xff\xfe",     "\xed\xbf\xbf\xed\xa0\x80x",   "ok \xe2\x82\xac"};
    for (qsizetype i = 0; i < odd.size(); ++i)
        run(*data.store,
            QStringLiteral("UPDATE fields SET value = CAST(X'%1' AS TEXT) WHERE record_id = ? "
                           "AND key = 'notes'")
                .arg(QString::fromLatin1(odd[i].toHex())),
            {ids[i + 7 < ids.size() ? i + 7 : i]});
    run(*data.store,
        QStringLiteral("UPDATE fields SET modified_by = CAST(X'eda080' AS TEXT) "
                       "WHERE record_id = ? AND key = 'name'"),
        {ids[0]});

    Store viaQtSql(data.dir.filePath(QStringLiteral("store.db")), Store::RowAccess::QtSql);
    ASSERT_EQ(viaQtSql.nativeHandle(), nullptr);
    Feed other(viaQtSql);
    QString cursor;
    QString otherCursor;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const FeedPage page = feed.changes(db, alice, cursor, 5);
        const FeedPage same = other.changes(db, alice, otherCursor, 5);
        for (const FeedFormat format : {FeedFormat::Full, FeedFormat::Compact})
            EXPECT_EQ(feedPageJson(page, format, {}), feedPageJson(same, format, {}))
                << "page " << pages;
        for (const Record &record : page.records) {
            const std::optional<Record> alone = loadRecord(*data.store, record.id);
            ASSERT_TRUE(alone);
            EXPECT_EQ(feedPageJson({{record}, {}, {}, false, 0, {}}, FeedFormat::Full, {}),
                      feedPageJson({{*alone}, {}, {}, false, 0, {}}, FeedFormat::Full, {}));
            const auto spec = findForm(record.formId);
            ASSERT_EQ(record.fields.size(), spec->fields.size());
            for (qsizetype i = 0; i < record.fields.size(); ++i)
                EXPECT_EQ(record.fields[i].key, spec->fields[i].key) << "form order";
        }
        cursor = page.cursor;
        otherCursor = same.cursor;
        more = page.more;
    }
    EXPECT_EQ(pages, 3);
}
