#include "server/directory/databases.h"
#include "server/directory/sequence.h"
#include "server/directory/units.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

#include <QJsonDocument>
#include <QSet>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class ChangeFeed : public ApiTest {
protected:
    void SetUp() override {
        tokens = loginAlice();
        ASSERT_TRUE(tokens.ok());
    }

    // Checks the page's totals against the mirror the test keeps itself.
    static void expectTotalsMatch(const QJsonObject &page, const Mirror &mirror) {
        const QJsonObject total = page.value(QStringLiteral("total")).toObject();
        EXPECT_EQ(total.value(QStringLiteral("count")).toInteger(), mirror.sequenceById.size());
        EXPECT_EQ(total.value(QStringLiteral("digest")).toString(),
                  independentDigest(mirror.sequenceById));
    }

    Tokens tokens;
};

TEST_F(ChangeFeed, InitialSyncPagesThroughEverythingWithContinuousCursors) {
    QList<qint64> created;
    for (int i = 0; i < 7; ++i)
        created.append(createLogin(tokens.access, QStringLiteral("entry %1").arg(i)));
    ASSERT_FALSE(created.contains(0));
    // Change two of them, so sequence order differs from id order and ids from sequences.
    QList<qint64> expectedOrder = created;
    for (const qint64 id : {created[1], created[4]}) {
        const Reply patched = client.patch(
            QStringLiteral("/api/v1/records/%1").arg(id),
            {{QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("notes")},
                                     {QStringLiteral("value"), QStringLiteral("changed")},
                                     {QStringLiteral("baseRevision"), 1}}}}},
            tokens.access);
        ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
        expectedOrder.removeOne(id);
        expectedOrder.append(id);
    }
    const qint64 sequence = databaseSequence(db);
    ASSERT_EQ(sequence, 9);

    Mirror mirror;
    const QList<QJsonObject> pages = syncAll(tokens.access, mirror, 3);
    ASSERT_EQ(pages.size(), 3);
    const QList<int> sizes{3, 3, 1};
    QList<qint64> seen;
    qint64 lastSequence = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject &page = pages[i];
        const QJsonArray records = page.value(QStringLiteral("records")).toArray();
        EXPECT_EQ(records.size(), sizes[i]) << "page " << i;
        EXPECT_EQ(page.value(QStringLiteral("more")).toBool(), i < 2) << "page " << i;
        EXPECT_TRUE(page.value(QStringLiteral("removed")).toArray().isEmpty());
        EXPECT_FALSE(page.value(QStringLiteral("cursor")).toString().isEmpty());
        EXPECT_EQ(page.value(QStringLiteral("sequence")).toInteger(), sequence);
        // Every page reports the whole visible set, not the page.
        EXPECT_EQ(page[QStringLiteral("total")][QStringLiteral("count")].toInteger(), 7);
        EXPECT_TRUE(page.value(QStringLiteral("policy")).isObject());
        for (const QJsonValue record : records) {
            const qint64 recordSequence = record[QStringLiteral("sequence")].toInteger();
            EXPECT_GT(recordSequence, lastSequence) << "records come in sequence order";
            lastSequence = recordSequence;
            seen.append(record[QStringLiteral("id")].toInteger());
        }
    }
    // Each record exactly once, none lost between pages, in sequence order.
    EXPECT_EQ(seen, expectedOrder);
    EXPECT_EQ(mirror.sequenceById.value(created[1]), 8);
    EXPECT_EQ(mirror.sequenceById.value(created[4]), 9);
    EXPECT_EQ(mirror.sequenceById.size(), 7);
    expectTotalsMatch(pages.last(), mirror);
    // The digest changes with the set: it is not a constant.
    EXPECT_NE(pages.last()[QStringLiteral("total")][QStringLiteral("digest")].toString(),
              independentDigest({}));
}

TEST_F(ChangeFeed, EachPageCarriesFullRecords) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"), 0, QStringLiteral("me@x"));
    const Reply reply = changes(tokens.access);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray records = reply.json().value(QStringLiteral("records")).toArray();
    ASSERT_EQ(records.size(), 1);
    const QJsonObject record = records.first().toObject();
    EXPECT_EQ(record.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(record.value(QStringLiteral("form")).toString(), QStringLiteral("login"));
    EXPECT_EQ(fieldOf(record, QStringLiteral("name")).value(QStringLiteral("value")).toString(),
              QStringLiteral("Mail"));
    EXPECT_EQ(fieldOf(record, QStringLiteral("username")).value(QStringLiteral("value")).toString(),
              QStringLiteral("me@x"));
}

TEST_F(ChangeFeed, DigestMatchesTheContractTestVectors) {
    // docs/api.md: {1 at sequence 1} and {1 at 1, 2 at 2}. A fresh server numbers both from 1.
    ASSERT_EQ(createLogin(tokens.access, QStringLiteral("one")), 1);
    Mirror mirror;
    QList<QJsonObject> pages = syncAll(tokens.access, mirror);
    ASSERT_EQ(mirror.sequenceById, (QMap<qint64, qint64>{{1, 1}}));
    EXPECT_EQ(pages.last()[QStringLiteral("total")][QStringLiteral("digest")].toString(),
              QStringLiteral("d6b5915c46057bcb005f46f6433df65609dd3a7a57af75ac1a5a4a7c299ebffb"));
    ASSERT_EQ(createLogin(tokens.access, QStringLiteral("two")), 2);
    pages = syncAll(tokens.access, mirror);
    ASSERT_EQ(mirror.sequenceById, (QMap<qint64, qint64>{{1, 1}, {2, 2}}));
    EXPECT_EQ(pages.last()[QStringLiteral("total")][QStringLiteral("digest")].toString(),
              QStringLiteral("c5a4af5409dfa8e397487a4dbe0a210d6a07f44f7351e2e5137225d26cc312cb"));
    expectTotalsMatch(pages.last(), mirror);
}

TEST_F(ChangeFeed, EmptyVaultHasAnEmptyDigest) {
    Mirror mirror;
    const QList<QJsonObject> pages = syncAll(tokens.access, mirror);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_TRUE(pages.first().value(QStringLiteral("records")).toArray().isEmpty());
    EXPECT_FALSE(pages.first().value(QStringLiteral("more")).toBool());
    expectTotalsMatch(pages.first(), mirror);
    EXPECT_EQ(pages.first()[QStringLiteral("total")][QStringLiteral("digest")].toString(),
              QString(64, QLatin1Char('0')));
}

TEST_F(ChangeFeed, AnExactlyFullLastPageSaysNoMore) {
    for (int i = 0; i < 4; ++i)
        createLogin(tokens.access, QStringLiteral("r%1").arg(i));
    Mirror mirror;
    const QList<QJsonObject> pages = syncAll(tokens.access, mirror, 2);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_TRUE(pages[0].value(QStringLiteral("more")).toBool());
    EXPECT_FALSE(pages[1].value(QStringLiteral("more")).toBool());
    EXPECT_EQ(pages[1].value(QStringLiteral("records")).toArray().size(), 2);
}

TEST_F(ChangeFeed, AtTheEndTheCursorStandsStill) {
    createLogin(tokens.access, QStringLiteral("one"));
    Mirror mirror;
    syncAll(tokens.access, mirror);
    const QString cursor = mirror.cursor;
    const Reply again = changes(tokens.access, cursor);
    ASSERT_EQ(again.status, 200);
    EXPECT_TRUE(again.json().value(QStringLiteral("records")).toArray().isEmpty());
    EXPECT_TRUE(again.json().value(QStringLiteral("removed")).toArray().isEmpty());
    EXPECT_FALSE(again.json().value(QStringLiteral("more")).toBool());
    EXPECT_EQ(again.json().value(QStringLiteral("cursor")).toString(), cursor);
    expectTotalsMatch(again.json(), mirror);
}

TEST_F(ChangeFeed, IncrementalSyncReportsOnlyWhatChanged) {
    const qint64 a = createLogin(tokens.access, QStringLiteral("a"));
    const qint64 b = createLogin(tokens.access, QStringLiteral("b"));
    Mirror mirror;
    syncAll(tokens.access, mirror);
    ASSERT_EQ(mirror.sequenceById.size(), 2);

    const QJsonObject record =
        client.get(QStringLiteral("/api/v1/records/%1").arg(a), tokens.access).json();
    const Reply patched = client.patch(
        QStringLiteral("/api/v1/records/%1").arg(a),
        {{QStringLiteral("changes"),
          QJsonArray{QJsonObject{
              {QStringLiteral("key"), QStringLiteral("username")},
              {QStringLiteral("value"), QStringLiteral("new")},
              {QStringLiteral("baseRevision"),
               fieldOf(record, QStringLiteral("username")).value(QStringLiteral("revision"))}}}}},
        tokens.access);
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    const qint64 c = createLogin(tokens.access, QStringLiteral("c"));

    const QList<QJsonObject> pages = syncAll(tokens.access, mirror);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_EQ(recordIds(pages.first()), (QList<qint64>{a, c}));
    EXPECT_TRUE(removedIds(pages.first()).isEmpty());
    EXPECT_EQ(mirror.sequenceById.value(a),
              patched.json().value(QStringLiteral("sequence")).toInteger());
    EXPECT_TRUE(mirror.sequenceById.contains(b));
    expectTotalsMatch(pages.first(), mirror);
}

TEST_F(ChangeFeed, DeletedRecordIsListedAsRemoved) {
    const qint64 keep = createLogin(tokens.access, QStringLiteral("keep"));
    const qint64 gone = createLogin(tokens.access, QStringLiteral("gone"));
    Mirror mirror;
    syncAll(tokens.access, mirror);

    server.context->records.remove(db, gone);
    const QList<QJsonObject> pages = syncAll(tokens.access, mirror);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_EQ(removedIds(pages.first()), QList<qint64>{gone});
    EXPECT_TRUE(recordIds(pages.first()).isEmpty());
    EXPECT_EQ(pages.first()[QStringLiteral("total")][QStringLiteral("count")].toInteger(), 1);
    EXPECT_EQ(mirror.sequenceById.keys(), QList<qint64>{keep});
    expectTotalsMatch(pages.first(), mirror);
}

TEST_F(ChangeFeed, LosingTheReadRightListsTheUnitsRecordsAsRemoved) {
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    const qint64 other = data().addUnit(db, QStringLiteral("Other"));
    data().grant(unit, alice, true, true, true);
    data().grant(other, alice, true, true, true);
    const qint64 r1 = createLogin(tokens.access, QStringLiteral("router"), unit);
    const qint64 r2 = createLogin(tokens.access, QStringLiteral("switch"), unit);
    const qint64 stays = createLogin(tokens.access, QStringLiteral("stays"), other);
    const qint64 personal = createLogin(tokens.access, QStringLiteral("mine"));
    Mirror mirror;
    syncAll(tokens.access, mirror);
    ASSERT_EQ(mirror.sequenceById.size(), 4);

    {
        Transaction tx(store());
        setUnitRights(store(), unit, alice, {false, false, false});
        tx.commit();
    }
    const QList<QJsonObject> pages = syncAll(tokens.access, mirror);
    ASSERT_EQ(pages.size(), 1);
    const QList<qint64> removed = removedIds(pages.first());
    EXPECT_EQ(QSet<qint64>(removed.begin(), removed.end()), (QSet<qint64>{r1, r2}));
    EXPECT_TRUE(recordIds(pages.first()).isEmpty());
    EXPECT_EQ((QSet<qint64>{stays, personal}),
              QSet<qint64>(mirror.sequenceById.keyBegin(), mirror.sequenceById.keyEnd()));
    expectTotalsMatch(pages.first(), mirror);
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/records/%1").arg(r1), tokens.access),
                          404, "record-unknown"));

    // Getting the right back brings the records back as upserts.
    data().grant(unit, alice, true);
    const QList<QJsonObject> back = syncAll(tokens.access, mirror);
    ASSERT_EQ(back.size(), 1);
    const QList<qint64> upserts = recordIds(back.first());
    EXPECT_EQ(QSet<qint64>(upserts.begin(), upserts.end()), (QSet<qint64>{r1, r2}));
    EXPECT_TRUE(removedIds(back.first()).isEmpty());
    EXPECT_EQ(mirror.sequenceById.size(), 4);
    expectTotalsMatch(back.first(), mirror);
}

TEST_F(ChangeFeed, OtherReadersGetTheUnitsRecordsAgainWhenSomeoneLosesAccess) {
    const qint64 bob = data().addUser(QStringLiteral("bob"), kBobPassword);
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    data().grant(unit, alice, true, true, true);
    data().grant(unit, bob, true);
    const Tokens bobTokens =
        loginAs(QStringLiteral("bob"), kBobPassword, QStringLiteral("bob-phone"));
    ASSERT_TRUE(bobTokens.ok());
    const qint64 r1 = createLogin(tokens.access, QStringLiteral("r1"), unit);
    const qint64 r2 = createLogin(tokens.access, QStringLiteral("r2"), unit);
    Mirror bobMirror;
    syncAll(bobTokens.access, bobMirror);
    ASSERT_EQ(bobMirror.sequenceById.size(), 2);
    const QMap<qint64, qint64> before = bobMirror.sequenceById;

    data().grant(unit, alice, false, false, false);
    const QList<QJsonObject> pages = syncAll(bobTokens.access, bobMirror);
    ASSERT_EQ(pages.size(), 1);
    const QList<qint64> upserts = recordIds(pages.first());
    EXPECT_EQ(QSet<qint64>(upserts.begin(), upserts.end()), (QSet<qint64>{r1, r2}));
    EXPECT_TRUE(removedIds(pages.first()).isEmpty());
    EXPECT_NE(bobMirror.sequenceById, before) << "the records were re-sequenced";
    expectTotalsMatch(pages.first(), bobMirror);
}

TEST_F(ChangeFeed, OtherUsersAreNotToldAboutRecordsTheyNeverCouldSee) {
    const qint64 bob = data().addUser(QStringLiteral("bob"), kBobPassword);
    const qint64 unit = data().addUnit(db, QStringLiteral("Alice only"));
    const qint64 shared = data().addUnit(db, QStringLiteral("Shared"));
    data().grant(unit, alice, true, true, true);
    data().grant(shared, alice, true, true, true);
    data().grant(shared, bob, true);
    const Tokens bobTokens =
        loginAs(QStringLiteral("bob"), kBobPassword, QStringLiteral("bob-phone"));
    ASSERT_TRUE(bobTokens.ok());

    const qint64 secret = createLogin(tokens.access, QStringLiteral("secret"), unit);
    const qint64 personal = createLogin(tokens.access, QStringLiteral("personal"));
    const qint64 visible = createLogin(tokens.access, QStringLiteral("shared"), shared);
    Mirror bobMirror;
    const QList<QJsonObject> initial = syncAll(bobTokens.access, bobMirror);
    EXPECT_EQ(bobMirror.sequenceById.keys(), QList<qint64>{visible});
    expectTotalsMatch(initial.last(), bobMirror);

    // Alice's unit record and personal record are deleted, and her unit right changes: bob,
    // who never saw any of them, hears nothing.
    server.context->records.remove(db, secret);
    server.context->records.remove(db, personal);
    data().grant(unit, alice, false, false, false);
    const QList<QJsonObject> pages = syncAll(bobTokens.access, bobMirror);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_TRUE(recordIds(pages.first()).isEmpty());
    EXPECT_TRUE(removedIds(pages.first()).isEmpty())
        << "removed: "
        << QJsonDocument(pages.first().value(QStringLiteral("removed")).toArray())
               .toJson(QJsonDocument::Compact)
               .toStdString();
    EXPECT_EQ(bobMirror.sequenceById.keys(), QList<qint64>{visible});
    expectTotalsMatch(pages.first(), bobMirror);

    // Bob's records are not in alice's feed either.
    const qint64 bobs = createLogin(bobTokens.access, QStringLiteral("bob's own"));
    Mirror aliceMirror;
    syncAll(tokens.access, aliceMirror);
    EXPECT_FALSE(aliceMirror.sequenceById.contains(bobs));
    server.context->records.remove(db, bobs);
    const QList<QJsonObject> alicePages = syncAll(tokens.access, aliceMirror);
    EXPECT_FALSE(removedIds(alicePages.first()).contains(bobs));
}

TEST_F(ChangeFeed, RecordsOfAnotherDatabaseStayOut) {
    const qint64 otherDb = data().addDatabase(QStringLiteral("Other"));
    const Tokens there =
        loginAs(QStringLiteral("alice"), kAlicePassword, QStringLiteral("p2"), otherDb);
    ASSERT_TRUE(there.ok());
    const qint64 mine = createLogin(tokens.access, QStringLiteral("main db"));
    const qint64 elsewhere = createLogin(there.access, QStringLiteral("other db"));
    Mirror mirror;
    syncAll(tokens.access, mirror);
    EXPECT_EQ(mirror.sequenceById.keys(), QList<qint64>{mine});
    EXPECT_FALSE(mirror.sequenceById.contains(elsewhere));
}

TEST_F(ChangeFeed, LimitMustBeWithinTheServerMaximum) {
    setSetting(setting::kFeedPageMax, QStringLiteral("50"));
    EXPECT_EQ(changes(tokens.access, {}, 50).status, 200);
    EXPECT_TRUE(isProblem(changes(tokens.access, {}, 51), 400, "invalid-request"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes?limit=0"), tokens.access), 400,
                          "invalid-request"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes?limit=-3"), tokens.access),
                          400, "invalid-request"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes?limit=ten"), tokens.access),
                          400, "invalid-request"));
}

TEST_F(ChangeFeed, GarbageCursorIsUnknown) {
    EXPECT_TRUE(
        isProblem(changes(tokens.access, QStringLiteral("garbage!")), 410, "cursor-unknown"));
    EXPECT_TRUE(isProblem(changes(tokens.access, QStringLiteral("djE6eHg6MQ")), 410,
                          "cursor-unknown")); // "v1:xx:1", another epoch
}

TEST_F(ChangeFeed, CursorOfAnotherDatabaseIsUnknown) {
    const qint64 otherDb = data().addDatabase(QStringLiteral("Other"));
    const Tokens there =
        loginAs(QStringLiteral("alice"), kAlicePassword, QStringLiteral("p2"), otherDb);
    ASSERT_TRUE(there.ok());
    Mirror mirror;
    syncAll(there.access, mirror);
    EXPECT_TRUE(isProblem(changes(tokens.access, mirror.cursor), 410, "cursor-unknown"));
}

TEST_F(ChangeFeed, CompactionMakesOlderCursorsUnknown) {
    const qint64 first = createLogin(tokens.access, QStringLiteral("first"));
    Mirror mirror;
    syncAll(tokens.access, mirror);
    const QString oldCursor = mirror.cursor;
    createLogin(tokens.access, QStringLiteral("second"));
    server.context->records.remove(db, first);
    compactFeed(store(), db);

    EXPECT_TRUE(isProblem(changes(tokens.access, oldCursor), 410, "cursor-unknown"));
    // Starting over works and gives the current set.
    Mirror fresh;
    const QList<QJsonObject> pages = syncAll(tokens.access, fresh);
    EXPECT_EQ(fresh.sequenceById.size(), 1);
    EXPECT_FALSE(fresh.sequenceById.contains(first));
    expectTotalsMatch(pages.last(), fresh);
    // And the new cursor continues.
    createLogin(tokens.access, QStringLiteral("third"));
    const QList<QJsonObject> next = syncAll(tokens.access, fresh);
    EXPECT_EQ(recordIds(next.first()).size(), 1);
    expectTotalsMatch(next.last(), fresh);
}

} // namespace
