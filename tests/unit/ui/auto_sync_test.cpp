#include "src/ui/auto_sync.h"
#include "tests/unit/support/manual_timer.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

using std::chrono::minutes;
using Mode = ui::AutoSync::Mode;

// The period is fired by hand and the connection is whatever the test sets.
class AutoSyncTest : public ::testing::Test {
protected:
    static constexpr minutes kPeriod{15};

    ManualTimer timer;
    ui::AutoSync::Connection connection; // online, unmetered
    ui::AutoSync sync{timer, [this] { return connection; }, kPeriod};
    QSignalSpy due{&sync, &ui::AutoSync::syncDue};
};

TEST_F(AutoSyncTest, ASyncIsDueOnUnlockAndEveryPeriodWhileOpen) {
    sync.setOpen(true);
    EXPECT_EQ(due.size(), 1);
    ASSERT_TRUE(timer.isActive());
    EXPECT_EQ(timer.interval(), kPeriod);
    timer.advance(kPeriod - minutes(1));
    EXPECT_EQ(due.size(), 1);
    timer.advance(minutes(1));
    EXPECT_EQ(due.size(), 2);
    timer.advance(3 * kPeriod);
    EXPECT_EQ(due.size(), 5);
}

TEST_F(AutoSyncTest, ASyncIsDueWhenTheConnectionComesBack) {
    sync.setOpen(true);
    connection.online = false;
    sync.connectionChanged();
    EXPECT_EQ(due.size(), 1); // the unlock's only
    connection.online = true;
    sync.connectionChanged();
    EXPECT_EQ(due.size(), 2);
}

TEST_F(AutoSyncTest, NothingIsDueWhileLocked) {
    sync.connectionChanged();
    EXPECT_FALSE(timer.isActive());
    EXPECT_EQ(due.size(), 0);

    sync.setOpen(true);
    sync.setOpen(false);
    EXPECT_FALSE(timer.isActive()) << "the period kept running after the lock";
    timer.advance(4 * kPeriod);
    sync.connectionChanged();
    EXPECT_EQ(due.size(), 1); // the unlock's only
}

TEST_F(AutoSyncTest, NothingIsDueWhenSwitchedOff) {
    sync.setMode(Mode::Off);
    sync.setOpen(true);
    timer.advance(4 * kPeriod);
    sync.connectionChanged();
    EXPECT_EQ(due.size(), 0);
}

TEST_F(AutoSyncTest, WifiOnlyWaitsForAnUnmeteredConnection) {
    sync.setMode(Mode::WifiOnly);
    connection.unmetered = false;
    sync.setOpen(true);
    timer.advance(2 * kPeriod);
    EXPECT_EQ(due.size(), 0);
    connection.unmetered = true;
    sync.connectionChanged();
    EXPECT_EQ(due.size(), 1);
}

TEST_F(AutoSyncTest, AnyConnectionTakesAMeteredOne) {
    connection.unmetered = false;
    sync.setOpen(true);
    EXPECT_EQ(due.size(), 1);
}

TEST_F(AutoSyncTest, NothingIsDueOffline) {
    connection.online = false;
    for (const Mode mode : {Mode::AnyConnection, Mode::WifiOnly}) {
        sync.setMode(mode);
        sync.setOpen(true);
        timer.advance(2 * kPeriod);
        sync.connectionChanged();
    }
    EXPECT_EQ(due.size(), 0);
}

TEST(AutoSync, ATimerThatOutlivesItRunsNothing) {
    ManualTimer timer;
    {
        ui::AutoSync sync(
            timer, [] { return ui::AutoSync::Connection{}; }, minutes(15));
        sync.setOpen(true);
    }
    EXPECT_FALSE(timer.isActive());
    // A callback left attached would reach the destroyed object (AddressSanitizer tells).
    timer.start(minutes(1));
    timer.advance(minutes(1));
}

} // namespace
} // namespace vaultlink::testing
