#include "tests/server/http/api_fixture.h"

#include <utility>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

// The record's revision as api.md defines it, computed here from the wire form.
qint64 revisionOf(const QJsonObject &record) {
    qint64 sum = 0;
    for (const QJsonValue field : record.value(QStringLiteral("fields")).toArray())
        sum += field[QStringLiteral("revision")].toInteger();
    return sum;
}

class RecordDeleteApi : public ApiTest {
protected:
    void SetUp() override {
        tokens = loginAlice();
        ASSERT_TRUE(tokens.ok());
    }

    Reply getRecord(qint64 id, const QString &access = {}) {
        return client.get(QStringLiteral("/api/v1/records/%1").arg(id),
                          access.isEmpty() ? tokens.access : access);
    }
    Reply deleteRecord(qint64 id, const QString &query, const QString &access = {}) {
        return client.deleteResource(QStringLiteral("/api/v1/records/%1%2").arg(id).arg(query),
                                     access.isEmpty() ? tokens.access : access);
    }
    // Deletes at the revision the record has now, as a client in step with the server would.
    Reply deleteCurrent(qint64 id, const QString &access = {}) {
        const qint64 revision = revisionOf(getRecord(id, access).json());
        return deleteRecord(id, QStringLiteral("?baseRevision=%1").arg(revision), access);
    }
    Reply patchField(qint64 id, const QString &key, const QString &value, qint64 baseRevision) {
        return client.patch(
            QStringLiteral("/api/v1/records/%1").arg(id),
            {{QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("key"), key},
                                     {QStringLiteral("value"), value},
                                     {QStringLiteral("baseRevision"), baseRevision}}}}},
            tokens.access);
    }
    // A second user, bob, who may read and delete in a new unit alice may use fully.
    qint64 sharedUnit() {
        const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
        data().grant(unit, alice, true, true, true, true);
        bob = data().addUser(QStringLiteral("bob"), kBobPassword);
        data().grant(unit, bob, true, false, false, true);
        bobTokens = loginAs(QStringLiteral("bob"), kBobPassword, QStringLiteral("bobs-phone"));
        return unit;
    }

    Tokens tokens;
    qint64 bob = 0;
    Tokens bobTokens;
};

TEST_F(RecordDeleteApi, TheOwnerDeletesAPersonalRecord) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"));
    const qint64 keep = createLogin(tokens.access, QStringLiteral("Keep"));
    const qint64 before = databaseSequence(db);
    // Seven fields at revision 1.
    const Reply reply = deleteRecord(id, QStringLiteral("?baseRevision=7"));
    ASSERT_EQ(reply.status, 204) << reply.body.toStdString();
    EXPECT_TRUE(reply.body.isEmpty());
    EXPECT_EQ(databaseSequence(db), before + 1);
    EXPECT_TRUE(isProblem(getRecord(id), 404, "record-unknown"));
    EXPECT_EQ(getRecord(keep).status, 200);
}

TEST_F(RecordDeleteApi, AGlobalRecordNeedsTheReadAndDeleteRights) {
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    data().grant(unit, alice, true, true, true);
    const qint64 id = createLogin(tokens.access, QStringLiteral("router"), unit);
    const QJsonObject record = getRecord(id).json();
    const qint64 sequence = databaseSequence(db);

    EXPECT_TRUE(isProblem(deleteCurrent(id), 403, "forbidden"));
    EXPECT_EQ(getRecord(id).json(), record);
    EXPECT_EQ(databaseSequence(db), sequence);

    // Delete without read: the record is out of sight, so unknown rather than forbidden.
    data().grant(unit, alice, false, false, false, true);
    EXPECT_TRUE(
        isProblem(deleteRecord(id, QStringLiteral("?baseRevision=%1").arg(revisionOf(record))), 404,
                  "record-unknown"));

    data().grant(unit, alice, true, false, false, true);
    const qint64 granted = databaseSequence(db);
    EXPECT_EQ(deleteCurrent(id).status, 204);
    EXPECT_EQ(databaseSequence(db), granted + 1);
    EXPECT_TRUE(isProblem(getRecord(id), 404, "record-unknown"));
}

TEST_F(RecordDeleteApi, AStaleRevisionIsAConflictThatDeletesNothing) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"));
    const qint64 seen = revisionOf(getRecord(id).json());
    // Changed elsewhere after the phone last saw the record.
    ASSERT_EQ(patchField(id, QStringLiteral("password"), QStringLiteral("new"), 1).status, 200);
    const QJsonObject now = getRecord(id).json();
    EXPECT_EQ(revisionOf(now), seen + 1);
    const qint64 sequence = databaseSequence(db);

    const Reply reply = deleteRecord(id, QStringLiteral("?baseRevision=%1").arg(seen));
    ASSERT_TRUE(isProblem(reply, 409, "revision-conflict"));
    EXPECT_EQ(reply.json().value(QStringLiteral("conflicts")).toArray(),
              now.value(QStringLiteral("fields")).toArray());
    EXPECT_EQ(reply.json().value(QStringLiteral("record")).toObject(), now);
    EXPECT_EQ(getRecord(id).json(), now);
    EXPECT_EQ(databaseSequence(db), sequence);

    // A revision from the future is no better.
    EXPECT_TRUE(isProblem(deleteRecord(id, QStringLiteral("?baseRevision=%1").arg(seen + 2)), 409,
                          "revision-conflict"));
    // With the revision from the conflict the deletion goes through.
    EXPECT_EQ(deleteRecord(id, QStringLiteral("?baseRevision=%1").arg(revisionOf(now))).status,
              204);
}

TEST_F(RecordDeleteApi, ARetryOfTheUsersOwnDeletionSucceedsAgain) {
    const qint64 unit = sharedUnit();
    ASSERT_TRUE(bobTokens.ok());
    const qint64 id = createLogin(tokens.access, QStringLiteral("router"), unit);
    const QString query = QStringLiteral("?baseRevision=7");
    ASSERT_EQ(deleteRecord(id, query).status, 204);
    const qint64 sequence = databaseSequence(db);
    // The answer was lost; the phone sends the same request again.
    const Reply retry = deleteRecord(id, query);
    EXPECT_EQ(retry.status, 204) << retry.body.toStdString();
    EXPECT_EQ(databaseSequence(db), sequence);
    // To bob, who could have deleted it too, it is simply gone.
    EXPECT_TRUE(isProblem(deleteRecord(id, query, bobTokens.access), 404, "record-unknown"));
}

TEST_F(RecordDeleteApi, ADeletionBySomeoneElseLeavesTheRecordUnknown) {
    const qint64 unit = sharedUnit();
    ASSERT_TRUE(bobTokens.ok());
    const qint64 shared = createLogin(tokens.access, QStringLiteral("router"), unit);
    const qint64 personal = createLogin(tokens.access, QStringLiteral("mine"));
    ASSERT_EQ(deleteCurrent(shared, bobTokens.access).status, 204);
    server.context->records.remove(db, personal);
    const qint64 sequence = databaseSequence(db);
    EXPECT_TRUE(
        isProblem(deleteRecord(shared, QStringLiteral("?baseRevision=7")), 404, "record-unknown"));
    EXPECT_TRUE(isProblem(deleteRecord(personal, QStringLiteral("?baseRevision=7")), 404,
                          "record-unknown"));
    EXPECT_EQ(databaseSequence(db), sequence);
}

TEST_F(RecordDeleteApi, InvisibleRecordsAreUnknown) {
    sharedUnit();
    ASSERT_TRUE(bobTokens.ok());
    const qint64 bobs = createLogin(bobTokens.access, QStringLiteral("bob's"));
    const qint64 alices = createLogin(tokens.access, QStringLiteral("alice's"));
    // Bob may delete in the unit, but alice's personal record is hers alone.
    EXPECT_TRUE(isProblem(deleteRecord(alices, QStringLiteral("?baseRevision=7"), bobTokens.access),
                          404, "record-unknown"));
    EXPECT_TRUE(
        isProblem(deleteRecord(bobs, QStringLiteral("?baseRevision=7")), 404, "record-unknown"));
    EXPECT_TRUE(
        isProblem(deleteRecord(987654, QStringLiteral("?baseRevision=7")), 404, "record-unknown"));
    EXPECT_EQ(getRecord(alices).status, 200);
    EXPECT_EQ(getRecord(bobs, bobTokens.access).status, 200);
}

TEST_F(RecordDeleteApi, TheFeedReportsTheDeletionAsARemoval) {
    const qint64 unit = sharedUnit();
    ASSERT_TRUE(bobTokens.ok());
    const qint64 keep = createLogin(tokens.access, QStringLiteral("keep"), unit);
    const qint64 gone = createLogin(tokens.access, QStringLiteral("gone"), unit);
    Mirror alicesMirror;
    Mirror bobsMirror;
    syncAll(tokens.access, alicesMirror);
    syncAll(bobTokens.access, bobsMirror);
    ASSERT_EQ(alicesMirror.sequenceById.size(), 2);

    ASSERT_EQ(deleteCurrent(gone).status, 204);
    for (auto [access, mirror] :
         {std::pair{tokens.access, &alicesMirror}, std::pair{bobTokens.access, &bobsMirror}}) {
        const QList<QJsonObject> pages = syncAll(access, *mirror);
        ASSERT_EQ(pages.size(), 1);
        const QJsonObject &page = pages.first();
        EXPECT_EQ(removedIds(page), QList<qint64>{gone});
        EXPECT_TRUE(recordIds(page).isEmpty());
        EXPECT_EQ(mirror->sequenceById.keys(), QList<qint64>{keep});
        const QJsonObject total = page.value(QStringLiteral("total")).toObject();
        EXPECT_EQ(total.value(QStringLiteral("count")).toInteger(), 1);
        EXPECT_EQ(total.value(QStringLiteral("digest")).toString(),
                  independentDigest(mirror->sequenceById));
    }
}

TEST_F(RecordDeleteApi, BaseRevisionIsRequiredInCanonicalDecimal) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"));
    const qint64 sequence = databaseSequence(db);
    for (const char *query :
         {"", "?", "?baseRevision", "?baseRevision=", "?baserevision=7", "?baseRevision=+7",
          "?baseRevision=07", "?baseRevision=7%20", "?baseRevision=-7", "?baseRevision=7.0",
          "?baseRevision=0x7", "?baseRevision=abc", "?baseRevision=7&baseRevision=7"}) {
        const Reply reply = deleteRecord(id, QString::fromLatin1(query));
        EXPECT_TRUE(isProblem(reply, 400, "invalid-request")) << query;
        EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(),
                  QStringLiteral("baseRevision"))
            << query;
    }
    EXPECT_TRUE(isProblem(
        client.deleteResource(QStringLiteral("/api/v1/records/01?baseRevision=7"), tokens.access),
        400, "invalid-request"));
    EXPECT_EQ(getRecord(id).status, 200);
    EXPECT_EQ(databaseSequence(db), sequence);
}

TEST_F(RecordDeleteApi, NeedsAnAccessToken) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"));
    EXPECT_TRUE(isProblem(
        client.deleteResource(QStringLiteral("/api/v1/records/%1?baseRevision=7").arg(id)), 401,
        "auth-required"));
    EXPECT_EQ(getRecord(id).status, 200);
}

} // namespace
