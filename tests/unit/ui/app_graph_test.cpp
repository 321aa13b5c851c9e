// The app's graph wires its parts as the app runs them: the settings drive the others, unlocking
// arms the idle lock and the automatic sync, their timers lock and sync, and what happened shows
// in the profiles list and the log. Time moves by hand (ManualTimer), nothing waits for it.
#include "tests/unit/ui/view_models_fixture.h"

namespace vaultlink::testing {
namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

class AppGraphTest : public ViewModels {
protected:
    QString logText() const { return graph.log.text(); }
    ui::SyncStatus &status = *vault.syncStatus();
};

TEST_F(AppGraphTest, TheSettingsDriveTheOthersAtOnceAndWhenTheyChange) {
    EXPECT_FALSE(vault.hidePersonal());
    EXPECT_EQ(clipboard.clearAfterSeconds(), graph.settings.clipboardSeconds());
    EXPECT_FALSE(graph.log.enabled());

    graph.settings.setHidePersonal(true);
    graph.settings.setSearchAllTabs(false);
    graph.settings.setClipboardSeconds(7);
    graph.settings.setLogging(true);
    EXPECT_TRUE(vault.hidePersonal());
    EXPECT_FALSE(vault.searchAllTabs());
    EXPECT_EQ(clipboard.clearAfterSeconds(), 7);
    EXPECT_TRUE(graph.log.enabled());

    graph.settings.setIdleLockSeconds(90);
    linkAndUnlock();
    EXPECT_TRUE(standIns.idleTimer.isActive());
    EXPECT_EQ(standIns.idleTimer.interval(), seconds(90));
}

TEST_F(AppGraphTest, UnlockingArmsTheIdleLockWhoseTimeoutLocksTheVault) {
    graph.settings.setLogging(true);
    linkAndUnlock();
    EXPECT_TRUE(standIns.idleTimer.isActive());
    EXPECT_TRUE(logText().contains(QStringLiteral("unlocked work")));

    standIns.idleTimer.fire();
    EXPECT_FALSE(session.isOpen());
    EXPECT_FALSE(standIns.idleTimer.isActive()) << "nothing left to lock";
    EXPECT_TRUE(logText().trimmed().endsWith(QStringLiteral("locked")));
}

TEST_F(AppGraphTest, TheAutomaticSyncRunsOnUnlockAndEachPeriodAsTheConnectionAllows) {
    graph.settings.setLogging(true);
    linkAndUnlock();
    ASSERT_TRUE(waitFor([&] { return !status.syncing(); }));
    EXPECT_TRUE(standIns.syncTimer.isActive());
    EXPECT_EQ(standIns.syncTimer.interval(), minutes(15));
    EXPECT_FALSE(logText().contains(QStringLiteral("sync:"))) << "offline: no sync on unlock";

    // The connection comes back: a sync, then the list and the log show it.
    server.addRecord(QStringLiteral("Added on the web"));
    standIns.connection = {true, true};
    graph.connectionChanged();
    ASSERT_TRUE(waitFor([&] { return !status.syncing() && status.recordCount() == 13; }))
        << status.error().toStdString();
    EXPECT_TRUE(logText().contains(QStringLiteral("sync: 1 changed")));
    profiles.reload();
    EXPECT_FALSE(profiles.data(profiles.index(0), ui::ProfilesModel::LastSyncRole).isNull());

    // Wi-Fi only, on a metered connection: the period passes without a sync.
    graph.settings.setAutoSync(ui::AutoSync::Mode::WifiOnly);
    standIns.connection = {true, false};
    server.addRecord(QStringLiteral("Added later"));
    standIns.syncTimer.fire();
    EXPECT_FALSE(status.syncing());
    // Any connection: the next period syncs.
    graph.settings.setAutoSync(ui::AutoSync::Mode::AnyConnection);
    standIns.syncTimer.fire();
    ASSERT_TRUE(waitFor([&] { return !status.syncing() && status.recordCount() == 14; }));
}

TEST_F(AppGraphTest, TheOpenVaultListensForChangesAndFollowsTheConnectionAndTheSetting) {
    using State = ui::LiveChanges::State;
    ScriptedNoticeChannel &notices = standIns.notices;
    standIns.connection = {true, true};
    graph.settings.setLogging(true);
    linkAndUnlock();
    ASSERT_TRUE(waitFor([&] { return !status.syncing() && notices.isOpen(); }));
    EXPECT_FALSE(notices.token.isEmpty()) << "opened with the token the sync left";
    EXPECT_EQ(notices.server, QUrl(service.profiles().first().serverUrl));
    const qint64 at = session.mirror()->syncState().sequence;
    notices.hello(at);
    EXPECT_EQ(graph.live.state(), State::Live);
    EXPECT_FALSE(standIns.liveTimer.isActive());

    // A change on the server: after the pause, a sync, and the list shows it.
    server.addRecord(QStringLiteral("Added on the web"));
    notices.changed(at + 1);
    ASSERT_TRUE(standIns.liveTimer.fire());
    ASSERT_TRUE(waitFor([&] { return !status.syncing() && status.recordCount() == 13; }))
        << status.error().toStdString();

    // Dropped: the next try is a sync, which opens it again.
    notices.end(ChannelEnd::Kind::Dropped);
    EXPECT_EQ(graph.live.state(), State::Retrying);
    EXPECT_TRUE(logText().contains(QStringLiteral("change notices: dropped")));
    ASSERT_TRUE(standIns.liveTimer.fire());
    ASSERT_TRUE(waitFor([&] { return !status.syncing() && notices.isOpen(); }));
    EXPECT_EQ(notices.opens, 2);

    // Wi-Fi only: a metered network closes it, Wi-Fi again opens it.
    graph.settings.setAutoSync(ui::AutoSync::Mode::WifiOnly);
    standIns.connection = {true, false};
    graph.connectionChanged();
    EXPECT_FALSE(notices.isOpen());
    EXPECT_EQ(graph.live.state(), State::Off);
    standIns.connection = {true, true};
    graph.connectionChanged();
    ASSERT_TRUE(waitFor([&] { return !status.syncing() && notices.isOpen(); }));
    EXPECT_EQ(notices.opens, 3);
    // Off: no channel at all; and none once locked.
    graph.settings.setAutoSync(ui::AutoSync::Mode::Off);
    EXPECT_FALSE(notices.isOpen());
    graph.settings.setAutoSync(ui::AutoSync::Mode::AnyConnection);
    ASSERT_TRUE(waitFor([&] { return !status.syncing() && notices.isOpen(); }));
    vault.lock();
    EXPECT_FALSE(notices.isOpen());
    EXPECT_EQ(graph.live.state(), State::Off);
}

TEST_F(AppGraphTest, LeavingTheAppLocksAfterTheGraceAndTheScreenLockAtOnce) {
    const auto unlockAgain = [&] {
        unlock.unlock(server.password);
        ASSERT_TRUE(waitFor([&] { return session.isOpen(); })) << unlock.error().toStdString();
    };
    linkAndUnlock();
    graph.setInBackground(true);
    EXPECT_FALSE(session.isOpen()) << "no grace by default";
    graph.setInBackground(false);

    graph.settings.setLeaveGraceSeconds(60);
    unlockAgain();
    graph.setInBackground(true);
    EXPECT_TRUE(session.isOpen());
    EXPECT_EQ(standIns.leaveTimer.interval(), seconds(60));
    standIns.elapsed += seconds(59);
    graph.setInBackground(false);
    EXPECT_TRUE(session.isOpen()) << "back within the grace";
    graph.setInBackground(true);
    standIns.elapsed += seconds(61); // a phone's paused loop: the timer never fired
    graph.setInBackground(false);
    EXPECT_FALSE(session.isOpen());

    unlockAgain();
    graph.screenLocked();
    EXPECT_FALSE(session.isOpen());
}

TEST_F(AppGraphTest, LinkingIsLoggedAndListed) {
    graph.settings.setLogging(true);
    linkWork();
    EXPECT_TRUE(logText().contains(QStringLiteral("linked work")));
    EXPECT_EQ(profiles.rowCount(), 1) << "the list reloads itself after a link";
}

} // namespace
} // namespace vaultlink::testing
