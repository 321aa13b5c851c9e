#include "src/sync/pusher.h"
#include "tests/unit/support/api_doubles.h"
#include "tests/unit/support/local_edits.h"
#include "tests/unit/sync/sync_fixture.h"

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

QJsonValue valueIn(const std::optional<QJsonObject> &record, const QString &key) {
    if (!record)
        return QStringLiteral("(no record)");
    const std::optional<QJsonObject> field = fieldOf(*record, key);
    return field ? field->value(QLatin1String("value")) : QJsonValue(QStringLiteral("(none)"));
}

class PusherTest : public SyncFixture {
protected:
    void SetUp() override {
        SyncFixture::SetUp();
        server.addRecord(QStringLiteral("Bank"), QStringLiteral("x"));
        server.addRecord(QStringLiteral("Mail"), QStringLiteral("y"));
        login();
        syncer.sync(mirror, files);
    }

    PushReport push() { return pusher.push(*mirror); }

    // After a push and a sync the mirror holds exactly the server's records, nothing pending.
    void expectMirrorIsTheServers() {
        const SyncReport report = syncer.sync(mirror, files);
        EXPECT_FALSE(report.fullResync);
        EXPECT_EQ(mirror->pendingCount(), 0);
        const QList<qint64> ids = server.visibleIds();
        EXPECT_EQ(mirror->count(Tab::all()), ids.size());
        for (const qint64 id : ids)
            EXPECT_EQ(mirror->record(id), server.record(id)) << "record " << id;
    }

    qsizetype requests(const char *what) const { return server.paths.count(QLatin1String(what)); }

    int refs = 0;
    Pusher pusher{session, api, [this] { return QStringLiteral("again-%1").arg(++refs); }};
};

TEST_F(PusherTest, AnEditIsSentAndTheFeedAgrees) {
    editHere(*mirror, 1, QStringLiteral("password"), QStringLiteral("new"));
    const PushReport report = push();
    EXPECT_EQ(report.sent, 1);
    EXPECT_EQ(valueIn(server.record(1), QStringLiteral("password")), QJsonValue("new"));
    EXPECT_EQ(valueIn(mirror->record(1), QStringLiteral("password")), QJsonValue("new"));
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, ACreationIsMadeOnceThoughItsAnswersAreLost) {
    const qint64 local = createHere(*mirror, QStringLiteral("Alpha"), QStringLiteral("ref-1"));
    // Every attempt of this push is applied but answered with a cut connection.
    server.loseAnswers = 10;
    EXPECT_EQ(thrownBy([&] { push(); }).kind(), ApiError::Kind::Network);
    EXPECT_EQ(mirror->pendingCount(), 1);
    EXPECT_TRUE(mirror->record(local));
    // The next push repeats it: the server answers with the record it made the first time.
    server.loseAnswers = 0;
    EXPECT_EQ(push().sent, 1);
    EXPECT_EQ(server.visibleCount(), 3);
    EXPECT_FALSE(mirror->record(local));
    EXPECT_EQ(valueIn(mirror->record(3), QStringLiteral("name")), QJsonValue("Alpha"));
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, AnEditWhoseAnswerIsLostIsAppliedOnce) {
    editHere(*mirror, 1, QStringLiteral("name"), QStringLiteral("Savings"));
    server.loseAnswers = 1; // repeated at once: the server already holds the value
    EXPECT_EQ(push().sent, 1);
    EXPECT_EQ(requests("PATCH /api/v1/records/1"), 2);
    EXPECT_EQ(fieldOf(*server.record(1), QStringLiteral("name"))->value("revision").toInteger(), 2);
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, BothChangedAFieldTheServersValueStandsAndTheLocalOneIsKept) {
    server.setField(1, QStringLiteral("password"), QStringLiteral("theirs"));
    editHere(*mirror, 1, QStringLiteral("password"), QStringLiteral("mine"));
    editHere(*mirror, 1, QStringLiteral("name"), QStringLiteral("Savings"));
    const PushReport report = push();
    EXPECT_EQ(report.notes, 1);
    EXPECT_EQ(valueIn(server.record(1), QStringLiteral("password")), QJsonValue("theirs"));
    EXPECT_EQ(valueIn(server.record(1), QStringLiteral("name")), QJsonValue("Savings"));
    const QList<ChangeNote> notes = mirror->notes(1);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].kind, ChangeNote::Kind::Field);
    EXPECT_EQ(notes[0].local.value, QJsonValue("mine"));
    EXPECT_EQ(notes[0].server.value("modifiedBy").toString(), QStringLiteral("desk"));
    ASSERT_EQ(mirror->history(1).size(), 1);
    EXPECT_EQ(mirror->history(1)[0].value, QJsonValue("mine"));
    expectMirrorIsTheServers();
    EXPECT_EQ(mirror->notes(1).size(), 1); // the note stays until the user acts on it
}

TEST_F(PusherTest, TagsAddedOnBothSidesAreBothKept) {
    server.setField(1, QStringLiteral("tags"), QJsonArray{QStringLiteral("work")});
    editHere(*mirror, 1, QStringLiteral("tags"), QJsonArray{QStringLiteral("bank")});
    EXPECT_EQ(push().notes, 0);
    EXPECT_EQ(valueIn(server.record(1), QStringLiteral("tags")),
              QJsonValue(QJsonArray{QStringLiteral("work"), QStringLiteral("bank")}));
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, AnEditBeatsADeletionOnTheServer) {
    server.deleteRecord(1);
    editHere(*mirror, 1, QStringLiteral("password"), QStringLiteral("mine"));
    push();
    ASSERT_EQ(server.visibleCount(), 2);
    const qint64 again = server.visibleIds().last();
    EXPECT_EQ(valueIn(server.record(again), QStringLiteral("password")), QJsonValue("mine"));
    EXPECT_EQ(valueIn(server.record(again), QStringLiteral("name")), QJsonValue("Bank"));
    EXPECT_EQ(server.record(again)->value("clientRef").toString(), QStringLiteral("again-1"));
    ASSERT_EQ(mirror->notes(again).size(), 1);
    EXPECT_EQ(mirror->notes(again)[0].kind, ChangeNote::Kind::Recreated);
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, AServerEditBeatsADeletionHere) {
    removeHere(*mirror, 1);
    server.setField(1, QStringLiteral("password"), QStringLiteral("rotated"));
    push();
    EXPECT_TRUE(server.record(1));
    EXPECT_EQ(valueIn(mirror->record(1), QStringLiteral("password")), QJsonValue("rotated"));
    ASSERT_EQ(mirror->notes(1).size(), 1);
    EXPECT_EQ(mirror->notes(1)[0].kind, ChangeNote::Kind::Restored);
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, ADeletionIsSentOnceThoughItsAnswerIsLost) {
    removeHere(*mirror, 2);
    server.loseAnswers = 1;
    EXPECT_EQ(push().sent, 1);
    EXPECT_FALSE(server.record(2));
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, ARefusedChangeStaysWithItsReasonAndIsNotSentAgain) {
    editHere(*mirror, 1, QStringLiteral("name"), QStringLiteral("Mine"));
    server.refuseWrites = QStringLiteral("forbidden");
    EXPECT_EQ(push().refused, 1);
    const std::optional<PendingChange> pending = mirror->pendingChange(1);
    ASSERT_TRUE(pending && pending->refused);
    EXPECT_EQ(pending->refused->code, QStringLiteral("forbidden"));
    EXPECT_EQ(valueIn(mirror->record(1), QStringLiteral("name")), QJsonValue("Mine"));
    const qsizetype sent = requests("PATCH /api/v1/records/1");
    EXPECT_EQ(push().waiting, 1);
    EXPECT_EQ(requests("PATCH /api/v1/records/1"), sent);
    // The feed does not take it away either.
    syncer.sync(mirror, files);
    EXPECT_EQ(valueIn(mirror->record(1), QStringLiteral("name")), QJsonValue("Mine"));
    EXPECT_EQ(mirror->pendingCount(), 1);
}

TEST_F(PusherTest, ARecordGoneThereThatMayNotBeCreatedAgainIsKeptAsAReadOnlyCopy) {
    server.deleteRecord(1);
    server.refuseWrites = QStringLiteral("forbidden");
    editHere(*mirror, 1, QStringLiteral("password"), QStringLiteral("mine"));
    EXPECT_EQ(push().refused, 1);
    const QList<PendingChange> pending = mirror->pendingChanges();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].kind, PendingChange::Kind::Create);
    EXPECT_TRUE(pending[0].refused);
    EXPECT_EQ(valueIn(mirror->record(pending[0].recordId), QStringLiteral("password")),
              QJsonValue("mine"));
    QStringList kinds;
    for (const ChangeNote &note : mirror->notes(pending[0].recordId))
        kinds.append(QString::number(static_cast<int>(note.kind)));
    EXPECT_EQ(kinds,
              (QStringList{QString::number(static_cast<int>(ChangeNote::Kind::Recreated)),
                           QString::number(static_cast<int>(ChangeNote::Kind::ReadOnlyCopy))}));
}

TEST_F(PusherTest, AnEditMadeWhileTheLastOneWasOnTheWayIsSentNext) {
    editHere(*mirror, 1, QStringLiteral("name"), QStringLiteral("First"));
    bool edited = false;
    server.onRequest = [&](const HttpRequest &request) {
        if (request.method == "PATCH" && !edited) {
            edited = true;
            editHere(*mirror, 1, QStringLiteral("password"), QStringLiteral("later"));
            editHere(*mirror, 1, QStringLiteral("name"), QStringLiteral("Second"));
        }
    };
    push();
    EXPECT_EQ(valueIn(server.record(1), QStringLiteral("name")), QJsonValue("Second"));
    EXPECT_EQ(valueIn(server.record(1), QStringLiteral("password")), QJsonValue("later"));
    EXPECT_TRUE(mirror->notes(1).isEmpty()); // its own earlier change is no conflict
    expectMirrorIsTheServers();
}

TEST_F(PusherTest, ARecordDeletedHereWhileItsCreationWasOnTheWayIsDeletedThere) {
    const qint64 local = createHere(*mirror, QStringLiteral("Alpha"), QStringLiteral("ref-2"));
    server.onRequest = [&](const HttpRequest &request) {
        if (request.method == "POST" && request.url.path().endsWith(QLatin1String("/records")))
            removeHere(*mirror, local);
    };
    push();
    EXPECT_EQ(server.visibleCount(), 2);
    expectMirrorIsTheServers();
}

// More changes than a window: sent together window by window, each window's answers stored in
// one transaction; what needs more (a conflict, a failed request) is handled alone.
class PusherWindowTest : public PusherTest {
protected:
    void SetUp() override {
        PusherTest::SetUp();
        for (int i = 3; i <= kRecords; ++i)
            server.addRecord(QStringLiteral("Record %1").arg(i));
        syncer.sync(mirror, files);
        for (qint64 id = 1; id <= kRecords; ++id)
            editHere(*mirror, id, QStringLiteral("name"), QStringLiteral("Renamed %1").arg(id));
        server.batches.clear();
    }
    static constexpr qint64 kRecords = Pusher::kWindow + 8;
};

TEST_F(PusherWindowTest, ChangesGoOutTogetherWindowByWindow) {
    const PushReport report = push();
    EXPECT_EQ(report.sent, kRecords);
    EXPECT_EQ(server.batches, (QList<qsizetype>{Pusher::kWindow, 8}));
    EXPECT_EQ(requests("PATCH /api/v1/records/9"), 1);
    for (qint64 id = 1; id <= kRecords; ++id)
        EXPECT_EQ(valueIn(server.record(id), QStringLiteral("name")),
                  QJsonValue(QStringLiteral("Renamed %1").arg(id)));
    expectMirrorIsTheServers();
}

TEST_F(PusherWindowTest, AConflictOrAFailureInAWindowIsHandledAloneAndTheRestStored) {
    server.setField(5, QStringLiteral("name"), QStringLiteral("Theirs"));
    server.failPath = QStringLiteral("/records/9");
    server.failure = NetFailure::ConnectionLost;
    server.failRequests = 1;
    const PushReport report = push();
    EXPECT_EQ(report.sent, kRecords - 1); // all but the conflict, which the server's value won
    EXPECT_EQ(report.notes, 1);
    EXPECT_EQ(requests("PATCH /api/v1/records/9"), 2); // failed in the window, then alone
    EXPECT_EQ(valueIn(server.record(9), QStringLiteral("name")), QJsonValue("Renamed 9"));
    EXPECT_EQ(valueIn(server.record(5), QStringLiteral("name")), QJsonValue("Theirs"));
    EXPECT_EQ(mirror->notes(5).size(), 1);
    expectMirrorIsTheServers();
}

TEST_F(PusherWindowTest, ExpiredTokensAreRefreshedOnceAndTheirWindowSentAgain) {
    server.expireAccessTokens();
    const int refreshes = server.refreshes;
    EXPECT_EQ(push().sent, kRecords);
    EXPECT_EQ(server.refreshes, refreshes + 1);
    // The first window was refused whole and sent again together; the second went once.
    EXPECT_EQ(server.batches, (QList<qsizetype>{Pusher::kWindow, Pusher::kWindow, 8}));
    EXPECT_EQ(requests("PATCH /api/v1/records/1"), 2);
    EXPECT_EQ(requests("PATCH /api/v1/records/" + QByteArray::number(kRecords)), 1);
    expectMirrorIsTheServers();
}

TEST_F(PusherWindowTest, AnAnswerOutsideTheContractStopsThePushOnceItsWindowIsStored) {
    server.namelessAnswer = 7;
    EXPECT_EQ(thrownBy([&] { push(); }).kind(), ApiError::Kind::BadAnswer);
    // The other answers of its window are stored; it and the next window are still to send.
    EXPECT_EQ(mirror->pendingCount(), 1 + 8);
    EXPECT_FALSE(mirror->pendingChange(6));
    EXPECT_TRUE(mirror->pendingChange(7));
    EXPECT_FALSE(mirror->pendingChange(8));
    EXPECT_TRUE(mirror->pendingChange(kRecords));
    server.namelessAnswer = 0;
    EXPECT_EQ(push().sent, 1 + 8);
    // The server had taken record 7's change: sent again, it changes nothing twice.
    EXPECT_EQ(fieldOf(*server.record(7), QStringLiteral("name"))->value("revision").toInteger(), 2);
    expectMirrorIsTheServers();
}

} // namespace
