#include "view_models_fixture.h"

#include <QLocale>
#include <QSignalSpy>

namespace vaultlink::testing {
namespace {

// No translator is installed here, so the lines read as their source texts ("record(s)").
QString shown(const QDateTime &when) {
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

// Every line the status showed, in order, as the page would have seen them.
QStringList linesDuring(ui::SyncStatus &status, const std::function<void()> &action) {
    QStringList lines;
    QObject context;
    QObject::connect(&status, &ui::SyncStatus::changed, &context,
                     [&] { lines.append(status.line()); });
    action();
    return lines;
}

TEST_F(ViewModels, TheStatusLineCountsTheRecordsAndSaysWhenTheyWereLastSynchronized) {
    ui::SyncStatus &status = *vault.syncStatus();
    EXPECT_EQ(status.line(), QStringLiteral("0 record(s) · last synchronized never"));
    linkAndUnlock();
    const QDateTime lastSync = status.lastSync();
    ASSERT_TRUE(lastSync.isValid()) << "the link's first sync was not recorded";
    EXPECT_LE(std::abs(lastSync.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(status.line(),
              QStringLiteral("12 record(s) · last synchronized %1").arg(shown(lastSync)));
    EXPECT_TRUE(status.failureLine().isEmpty());

    vault.lock();
    EXPECT_EQ(status.line(), QStringLiteral("0 record(s) · last synchronized never"));
}

TEST_F(ViewModels, WhileSyncingTheStatusLineSaysHowFarItGot) {
    linkAndUnlock();
    ui::SyncStatus &status = *vault.syncStatus();
    for (int i = 0; i < 5200; ++i)
        server.addRecord(QStringLiteral("More %1").arg(i));
    const QStringList lines = linesDuring(status, [&] {
        vault.sync(false);
        // Before the server has told how many records there are.
        EXPECT_EQ(status.line(), QStringLiteral("Synchronizing…"));
        ASSERT_TRUE(waitFor([&] { return !status.syncing(); }, 20000));
    });
    // A page of 5,000 records, then the last 200 of the 5,212 the user can see.
    EXPECT_TRUE(lines.contains(QStringLiteral("Synchronizing: 5000 of 5212")))
        << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Synchronizing: 5200 of 5212")));
    EXPECT_EQ(
        status.line(),
        QStringLiteral("5212 record(s) · last synchronized %1").arg(shown(status.lastSync())));
}

TEST_F(ViewModels, AfterAStoppedSyncTheStatusSaysWhatIsStillToComeAndWhyItFailed) {
    linkAndUnlock();
    ui::SyncStatus &status = *vault.syncStatus();
    const QDateTime linkedAt = status.lastSync();
    for (int i = 0; i < 5200; ++i)
        server.addRecord(QStringLiteral("More %1").arg(i));
    // The first page of 5,000 arrives; every later request fails (the retries included).
    server.failPath = QStringLiteral("/changes");
    server.passFirst = 1;
    server.failRequests = 1000;
    vault.sync(false);
    ASSERT_TRUE(waitFor([&] { return !status.syncing(); }, 20000));

    ASSERT_FALSE(status.error().isEmpty());
    EXPECT_EQ(status.failureLine(),
              QStringLiteral("The last synchronization failed: %1").arg(status.error()));
    EXPECT_EQ(status.lastSync(), linkedAt) << "a failed sync counted as the last one";
    EXPECT_EQ(status.recordCount(), 5012);
    EXPECT_EQ(status.pending(), 200);
    EXPECT_EQ(vault.records()->rowCount(), 5012) << "the records that arrived are listed";
    EXPECT_EQ(status.line(), QStringLiteral("5012 record(s) · last synchronized %1 · 200 record(s) "
                                            "still to synchronize")
                                 .arg(shown(linkedAt)));

    // The next sync starts without the old failure, and brings the rest.
    server.failRequests = 0;
    vault.sync(false);
    EXPECT_TRUE(status.failureLine().isEmpty());
    EXPECT_EQ(status.line(), QStringLiteral("Synchronizing…"));
    ASSERT_TRUE(waitFor([&] { return !status.syncing(); }, 20000));
    EXPECT_TRUE(status.failureLine().isEmpty()) << status.failureLine().toStdString();
    EXPECT_EQ(status.pending(), 0);
    EXPECT_EQ(status.recordCount(), 5212);
    EXPECT_EQ(
        status.line(),
        QStringLiteral("5212 record(s) · last synchronized %1").arg(shown(status.lastSync())));
}

TEST_F(ViewModels, ASyncThatEndsAfterTheVaultWasLockedNoLongerShowsAsRunning) {
    linkAndUnlock();
    ui::SyncStatus &status = *vault.syncStatus();
    server.addRecord(QStringLiteral("Omega"));
    vault.sync(false);
    vault.lock();
    EXPECT_TRUE(status.syncing()) << "the sync runs on its own handle until it ends";
    const QStringList lines =
        linesDuring(status, [&] { ASSERT_TRUE(waitFor([&] { return !status.syncing(); })); });
    ASSERT_FALSE(lines.isEmpty()) << "the page was not told that the sync ended";
    EXPECT_EQ(lines.last(), QStringLiteral("0 record(s) · last synchronized never"));
}

// Near the server's offline limit the vault says how long offline access lasts; past it, the
// Unlock page offers to connect, and connecting (password, sync) opens the vault.
TEST_F(ViewModels, TheOfflineLimitIsWarnedOfAndConnectingContinuesPastIt) {
    TestClock &deviceClock = standIns.environment.clock;
    ui::SyncStatus &status = *vault.syncStatus();
    linkAndUnlock();
    EXPECT_TRUE(status.offlineLine().isEmpty()) << "three days left of three";
    vault.lock();
    deviceClock.advance(2 * 86400 + 3600); // 23 hours left
    unlock.unlock(server.password);
    ASSERT_TRUE(waitFor([&] { return session.isOpen(); })) << unlock.error().toStdString();
    EXPECT_EQ(status.offlineLine(), QStringLiteral("Offline access ends in 23 hour(s)"));
    EXPECT_TRUE(status.line().endsWith(status.offlineLine()));
    EXPECT_EQ(status.offlineLeftSeconds(), 23 * 3600);

    vault.lock();
    deviceClock.advance(86400); // past the limit
    unlock.unlock(server.password);
    ASSERT_TRUE(waitFor([&] { return !unlock.busy(); }));
    EXPECT_FALSE(session.isOpen());
    EXPECT_EQ(unlock.errorCode(), QStringLiteral("offline-too-long"));
    EXPECT_TRUE(unlock.needsConnection());
    EXPECT_TRUE(unlock.error().contains(QStringLiteral("Connect to continue")))
        << unlock.error().toStdString();

    // Still no server: connecting fails with the network's reason and opens nothing.
    server.failRequests = 1000;
    unlock.connectAndUnlock(server.password);
    ASSERT_TRUE(waitFor([&] { return !unlock.busy(); }));
    EXPECT_FALSE(session.isOpen());
    EXPECT_NE(unlock.errorCode(), QStringLiteral("offline-too-long"));
    EXPECT_TRUE(unlock.needsConnection()) << "connecting is still the only way on";
    server.failRequests = 0;
    server.addRecord(QStringLiteral("Added while away"));
    unlock.connectAndUnlock(server.password);
    ASSERT_TRUE(waitFor([&] { return session.isOpen(); })) << unlock.error().toStdString();
    EXPECT_EQ(status.recordCount(), 13);
    EXPECT_TRUE(status.offlineLine().isEmpty()) << "the count started again";
}

// Lock keeps the session; Sign out ends it and keeps the copy (or deletes it, as the policy
// says); Remove ends it and deletes the profile. The profiles page then says what happened.
TEST_F(ViewModels, SignOutAndRemoveCloseTheVaultAtOnceAndSayHowItWent) {
    QSignalSpy locked(&vault, &ui::VaultViewModel::locked);
    linkAndUnlock();
    EXPECT_FALSE(vault.signOutDeletes());
    vault.signOut();
    EXPECT_FALSE(session.isOpen()) << "closed before the server is told";
    EXPECT_EQ(locked.count(), 1);
    ASSERT_TRUE(waitFor([&] { return !vault.leaving(); }));
    EXPECT_EQ(server.logouts, 1);
    EXPECT_TRUE(vault.lockReason().contains(QStringLiteral("stays readable offline")))
        << vault.lockReason().toStdString();
    EXPECT_EQ(service.profiles().size(), 1);

    server.wipeOnLogout = true;
    unlock.unlock(server.password);
    ASSERT_TRUE(waitFor([&] { return session.isOpen(); }));
    QSignalSpy policyShown(&vault, &ui::VaultViewModel::signOutDeletesChanged);
    vault.sync(false); // the policy comes with a sync (and signs in again)
    ASSERT_TRUE(waitFor([&] { return !vault.syncStatus()->syncing(); }));
    EXPECT_TRUE(vault.signOutDeletes());
    EXPECT_EQ(policyShown.count(), 1) << "the Leave dialog's line follows";
    vault.signOut();
    ASSERT_TRUE(waitFor([&] { return !vault.leaving(); }));
    EXPECT_TRUE(vault.lockReason().contains(QStringLiteral("was deleted")));
    EXPECT_TRUE(service.profiles().isEmpty());
    EXPECT_EQ(server.logouts, 2);

    server.wipeOnLogout = false;
    linkAndUnlock();
    vault.removeProfile();
    ASSERT_TRUE(waitFor([&] { return !vault.leaving(); }));
    EXPECT_TRUE(vault.lockReason().startsWith(QStringLiteral("Removed \"work\"")));
    EXPECT_TRUE(service.profiles().isEmpty());
    EXPECT_EQ(server.logouts, 3);
}

} // namespace
} // namespace vaultlink::testing
