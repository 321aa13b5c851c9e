#include "sync_fixture.h"

namespace vaultlink::testing {
namespace {

using SyncerTest = SyncFixture;

TEST_F(SyncerTest, InitialSyncPagesThroughTheFeedAndProvesTheMirrorComplete) {
    addRecords(25);
    login();
    QList<SyncProgress> seen;
    const SyncReport report =
        syncer.sync(mirror, files, [&](const SyncProgress &p) { seen.append(p); });
    EXPECT_EQ(report.count, 25);
    EXPECT_EQ(report.pages, 3);
    EXPECT_FALSE(report.fullResync);
    ASSERT_EQ(seen.size(), 3);
    EXPECT_EQ(seen.last().received, 25);
    EXPECT_EQ(seen.last().total, 25);
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);
    const auto record = mirror->record(7);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->value(QStringLiteral("fields"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("value")),
              QStringLiteral("Record 6"));
}

TEST_F(SyncerTest, IncrementalSyncAppliesEditsCreationsAndRemovals) {
    addRecords(12);
    login();
    syncer.sync(mirror, files);
    server.editRecord(3, QStringLiteral("Renamed"));
    server.deleteRecord(4);
    server.deleteRecord(5);
    server.addRecord(QStringLiteral("New one"));
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_EQ(report.upserts, 2);
    EXPECT_EQ(report.removals, 2);
    EXPECT_EQ(report.count, 11);
    EXPECT_FALSE(mirror->record(4).has_value());
    EXPECT_EQ(mirror->summaries({3}).value(0).name, QStringLiteral("Renamed"));
    EXPECT_EQ(server.lastCursor, QStringLiteral("c12"));
}

TEST_F(SyncerTest, AnInterruptedSyncResumesAtTheLastAppliedPage) {
    addRecords(30);
    login();
    EXPECT_THROW(syncer.sync(mirror, files,
                             [&](const SyncProgress &p) {
                                 // Page two was fetched while page one was applied; the
                                 // connection drops for good while page two is applied.
                                 if (p.received == 10) {
                                     server.failRequests = 100;
                                     server.failure = NetFailure::ConnectionLost;
                                 }
                             }),
                 ApiError);
    EXPECT_EQ(mirror->syncState().count, 20); // page two's apply finished before the error
    server.failRequests = 0;
    const qsizetype before = changeRequests();
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_EQ(changeRequests() - before, 1); // page three only
    EXPECT_EQ(report.count, 30);
    EXPECT_FALSE(report.fullResync);
}

TEST_F(SyncerTest, ARecordOutsideTheContractStopsTheSyncBeforeItsPage) {
    addRecords(30);
    login();
    server.namelessRecord = 15; // on page two
    try {
        syncer.sync(mirror, files);
        FAIL() << "a record without a name was accepted";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.kind(), ApiError::Kind::BadAnswer);
        EXPECT_TRUE(error.message().args().value(0).contains(QLatin1String("record 15")))
            << error.what();
    }
    // Page one stands with its cursor; nothing of page two was written.
    EXPECT_EQ(mirror->syncState().count, 10);
    EXPECT_FALSE(mirror->record(11).has_value());
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);

    server.namelessRecord = 0; // the server is fixed
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_EQ(report.count, 30);
    EXPECT_EQ(server.lastCursor, QStringLiteral("c20"));
}

// Saves grants into the mirror being synced, as the profiles' MirrorTokenStore does.
class MirrorWritingStore final : public TokenStore {
public:
    explicit MirrorWritingStore(std::unique_ptr<Mirror> &mirror)
        : m_mirror(mirror) {}
    QString refreshToken() override { return m_mirror->value(QStringLiteral("refresh")); }
    void storeGrant(const TokenGrant &grant) override {
        m_mirror->setValues({{QStringLiteral("refresh"), grant.refreshToken}});
        ++stored;
    }
    void forgetTokens() override { m_mirror->setValues({{QStringLiteral("refresh"), QString()}}); }
    int stored = 0;

private:
    std::unique_ptr<Mirror> &m_mirror;
};

TEST_F(SyncerTest, ATokenRefreshedWhileAPageIsAppliedIsStoredInTheSameMirror) {
    addRecords(30);
    MirrorWritingStore writing(mirror);
    ServerSession writingSession(api, writing, clock);
    const LoginOutcome outcome =
        api.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(server.password),
                  {QStringLiteral("dev"), QStringLiteral("dev")});
    ASSERT_TRUE(outcome.grant.has_value());
    writingSession.adopt(*outcome.grant);
    Syncer writingSyncer(writingSession, api, 10);
    // Page three is fetched, and the token refreshed and stored, while page two is applied.
    const SyncReport report = writingSyncer.sync(mirror, files, [&](const SyncProgress &p) {
        if (p.received == 10)
            server.expireAccessTokens();
    });
    EXPECT_EQ(report.count, 30);
    EXPECT_EQ(writing.stored, 2);
    EXPECT_EQ(server.refreshes, 1);
    EXPECT_FALSE(mirror->value(QStringLiteral("refresh")).isEmpty());
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);
    EXPECT_TRUE(mirror->integrityOk());
}

TEST_F(SyncerTest, APageCapBelowTheAskedSizeFallsBackToTheServersDefault) {
    addRecords(12);
    login();
    server.pageMax = 5;
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_EQ(report.count, 12);
    EXPECT_EQ(report.pages, 3);
}

TEST_F(SyncerTest, AnOlderServerCappingPagesAt1000IsAskedForFormatOneAt1000) {
    addRecords(12);
    login();
    server.pageMax = 1000; // feed-page-max before format 2
    QStringList queries;
    server.onRequest = [&](const HttpRequest &request) {
        if (request.url.path().endsWith(QLatin1String("/changes")))
            queries.append(request.url.query());
    };
    Syncer compact(session, api); // the default: 5,000 records of format 2
    const SyncReport report = compact.sync(mirror, files);
    EXPECT_EQ(report.count, 12);
    ASSERT_EQ(queries.size(), 2);
    EXPECT_EQ(queries[0], QStringLiteral("limit=5000&format=2"));
    EXPECT_EQ(queries[1], QStringLiteral("limit=1000"));
}

TEST_F(SyncerTest, ABriefOutageIsRetriedWithBoundedBackOff) {
    addRecords(5);
    login();
    server.failRequests = 2;
    server.failPath = QStringLiteral("/changes");
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_EQ(report.count, 5);
    ASSERT_EQ(sleeps.size(), 2);
    for (const auto wait : sleeps)
        EXPECT_LE(wait.count(), 40);
}

TEST_F(SyncerTest, AnOutageLongerThanTheRetriesIsReportedAndChangesNothing) {
    addRecords(5);
    login();
    server.failRequests = 10;
    server.failPath = QStringLiteral("/changes");
    try {
        syncer.sync(mirror, files);
        FAIL() << "expected a network failure";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.kind(), ApiError::Kind::Network);
        EXPECT_EQ(error.netFailure(), NetFailure::ConnectionRefused);
    }
    EXPECT_EQ(mirror->syncState().count, 0);
    EXPECT_TRUE(mirror->syncState().cursor.isEmpty());
}

} // namespace
} // namespace vaultlink::testing
