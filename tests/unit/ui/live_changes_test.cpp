// LiveChanges keeps the change-notice channel of the open vault and asks for a sync when a notice
// says the server moved on; drops are tried again after a back-off, refusals leave polling. The
// channel is scripted, time moves by hand.
#include "src/ui/live_changes.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/manual_timer.h"
#include "tests/unit/support/scripted_notice_channel.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

using State = ui::LiveChanges::State;
using Kind = ChannelEnd::Kind;
using std::chrono::milliseconds;

const QUrl kServer(QStringLiteral("https://vault.example:8443/"));

class LiveChangesTest : public ::testing::Test {
protected:
    LiveChangesTest() { live.setAllowed(true); }

    // The sync the app runs when asked, succeeding at `sequence`.
    void syncedAt(qint64 sequence, const QString &token = QStringLiteral("access-1")) {
        live.synced(kServer, QStringLiteral("sha256/pin"), token, sequence);
    }

    ScriptedNoticeChannel channel;
    ManualTimer timer;
    FixedRandom random{0xff};
    ui::LiveChanges live{channel, timer, random};
    QSignalSpy due{&live, &ui::LiveChanges::syncDue};
};

TEST_F(LiveChangesTest, BeingAllowedAsksForTheSyncWhoseTokenOpensTheChannel) {
    EXPECT_EQ(due.count(), 1) << "unlocked: a sync catches up first";
    EXPECT_EQ(live.state(), State::Connecting);
    EXPECT_EQ(channel.opens, 0);

    syncedAt(40);
    EXPECT_EQ(channel.opens, 1);
    EXPECT_EQ(channel.server, kServer);
    EXPECT_TRUE(channel.pinned) << "the profile's pin, as for every request";
    EXPECT_EQ(channel.token, QStringLiteral("access-1"));
    channel.hello(40);
    EXPECT_EQ(live.state(), State::Live);
    EXPECT_FALSE(timer.isActive()) << "the mirror is where the server is";
    EXPECT_EQ(due.count(), 1);

    // Another sync while open (the user's, or the period's) does not open a second channel.
    syncedAt(40, QStringLiteral("access-2"));
    EXPECT_EQ(channel.opens, 1);
}

TEST_F(LiveChangesTest, ABurstOfNoticesIsOneSyncAfterAShortPauseAndALateOneAnother) {
    syncedAt(40);
    channel.hello(40);
    channel.changed(41);
    ASSERT_TRUE(timer.isActive());
    EXPECT_EQ(timer.interval(), ui::LiveChanges::kPause);
    channel.changed(42);
    channel.changed(43);
    timer.advance(milliseconds(60));
    channel.changed(44); // not restarted: a steady stream still syncs every pause
    timer.advance(milliseconds(40));
    EXPECT_EQ(due.count(), 2);

    // The sync brought 43; a notice of 44 came during it: another sync after it.
    syncedAt(43);
    ASSERT_TRUE(timer.isActive());
    timer.fire();
    EXPECT_EQ(due.count(), 3);
    syncedAt(44);
    EXPECT_FALSE(timer.isActive());
}

TEST_F(LiveChangesTest, ANoticeOfAChangeTheSyncAlreadyBroughtAsksForNoOther) {
    syncedAt(40);
    channel.hello(40);
    // This device's own write: its notice comes while the sync that sent it still runs.
    channel.changed(41);
    ASSERT_TRUE(timer.isActive());
    syncedAt(41);
    EXPECT_FALSE(timer.isActive());
    // Or the pause ends just after that sync: still nothing.
    channel.changed(42);
    live.synced(kServer, QStringLiteral("sha256/pin"), QStringLiteral("access-1"), 42);
    channel.changed(42); // the same sequence again
    timer.advance(milliseconds(200));
    EXPECT_EQ(due.count(), 1);
}

TEST_F(LiveChangesTest, ADroppedChannelIsTriedAgainAsTheBackOffSaysEachTryASync) {
    syncedAt(40);
    channel.hello(40);
    channel.end(Kind::Dropped);
    EXPECT_EQ(live.state(), State::Retrying);
    ASSERT_TRUE(timer.isActive());
    EXPECT_LE(timer.interval(), milliseconds(1000));
    timer.fire();
    EXPECT_EQ(due.count(), 2);

    // Still unreachable: each failed sync waits up to twice as long, capped at five minutes.
    milliseconds ceiling(1000);
    for (int i = 0; i < 12; ++i) {
        live.syncFailed();
        ceiling = std::min<milliseconds>(ceiling * 2, std::chrono::minutes(5));
        ASSERT_TRUE(timer.isActive());
        EXPECT_LE(timer.interval(), ceiling);
        timer.fire();
    }
    EXPECT_EQ(due.count(), 14);

    // Back: the sync opens it again, and the hello starts the back-off afresh.
    syncedAt(45, QStringLiteral("access-9"));
    EXPECT_EQ(channel.opens, 2);
    EXPECT_EQ(channel.token, QStringLiteral("access-9"));
    channel.hello(45);
    channel.end(Kind::Dropped);
    EXPECT_LE(timer.interval(), milliseconds(1000));
}

TEST_F(LiveChangesTest, ATokenRefusedIsRefreshedOnceThenTheAppPolls) {
    syncedAt(40);
    channel.end(Kind::Refused, QStringLiteral("token-expired"));
    EXPECT_EQ(due.count(), 2) << "a sync brings a fresh token";
    syncedAt(40);
    EXPECT_EQ(channel.opens, 2);
    channel.end(Kind::Refused, QStringLiteral("token-invalid"));
    EXPECT_EQ(live.state(), State::Polling);
    EXPECT_EQ(due.count(), 2);
    syncedAt(40);
    EXPECT_EQ(channel.opens, 2) << "polling until allowed anew";

    // The next unlock (or return, or network) tries the channel again.
    live.setAllowed(false);
    live.setAllowed(true);
    syncedAt(40);
    EXPECT_EQ(channel.opens, 3);
}

TEST_F(LiveChangesTest, AServerWithoutTheChannelOrBreakingItLeavesPolling) {
    for (const auto &[kind, code] :
         {std::pair{Kind::Refused, QStringLiteral("not-found")},
          std::pair{Kind::Refused, QStringLiteral("web-services-disabled")},
          std::pair{Kind::Broken, QString()}}) {
        live.setAllowed(false);
        live.setAllowed(true);
        syncedAt(40);
        channel.end(kind, code);
        EXPECT_EQ(live.state(), State::Polling) << code.toStdString();
        EXPECT_FALSE(timer.isActive());
    }
}

TEST_F(LiveChangesTest, TheSessionEndingAsksForASyncWhichSignsInAgainAndReopens) {
    syncedAt(40);
    channel.hello(40);
    channel.end(Kind::SessionEnded, QStringLiteral("session-expired"));
    EXPECT_EQ(due.count(), 2);
    syncedAt(41, QStringLiteral("after-login"));
    EXPECT_EQ(channel.opens, 2);
    EXPECT_EQ(channel.token, QStringLiteral("after-login"));
}

TEST_F(LiveChangesTest, NotAllowedClosesEverythingAndANewNetworkReconnects) {
    syncedAt(40);
    channel.hello(40);
    channel.changed(41);
    live.setAllowed(false);
    EXPECT_FALSE(channel.isOpen());
    EXPECT_FALSE(timer.isActive());
    EXPECT_EQ(live.state(), State::Off);
    syncedAt(41);
    EXPECT_FALSE(channel.isOpen()) << "a sync while not allowed opens nothing";

    live.setAllowed(true);
    syncedAt(41);
    channel.hello(41);
    const qsizetype before = due.count();
    live.networkChanged();
    EXPECT_FALSE(channel.isOpen()) << "the old connection may be dead without a word";
    EXPECT_EQ(due.count(), before + 1);
    syncedAt(41);
    EXPECT_TRUE(channel.isOpen());
}

} // namespace
} // namespace vaultlink::testing
