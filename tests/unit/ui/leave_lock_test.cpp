// LeaveLock closes the vault when the app leaves the user's hands: in the background after the
// grace (counted on a clock that goes on while the phone sleeps, since its timer may not run
// there) and when the screen locks.
#include "src/ui/leave_lock.h"
#include "tests/unit/support/manual_timer.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

class LeaveLockTest : public ::testing::Test {
protected:
    LeaveLockTest() { lock.setArmed(true); }

    ManualTimer timer;
    milliseconds now{5000000};
    ui::LeaveLock lock{timer, [this] { return now; }};
    QSignalSpy left{&lock, &ui::LeaveLock::leave};
};

TEST_F(LeaveLockTest, WithoutGraceTheBackgroundLocksAtOnce) {
    lock.setInBackground(true);
    EXPECT_EQ(left.count(), 1);
    lock.setInBackground(false);
    EXPECT_EQ(left.count(), 1);
}

TEST_F(LeaveLockTest, AReturnWithinTheGraceKeepsItOpenAndTheTimerLocksWhereItRuns) {
    lock.setGraceSeconds(30);
    lock.setInBackground(true);
    EXPECT_EQ(left.count(), 0);
    ASSERT_TRUE(timer.isActive());
    EXPECT_EQ(timer.interval(), seconds(30));
    now += seconds(29);
    lock.setInBackground(false);
    EXPECT_EQ(left.count(), 0);
    EXPECT_FALSE(timer.isActive());

    // A desktop (or a phone whose loop runs): the timer ends it.
    lock.setInBackground(true);
    timer.advance(seconds(30));
    EXPECT_EQ(left.count(), 1);
}

TEST_F(LeaveLockTest, APausedLoopIsCaughtOnReturnByTheSleepCountingClock) {
    lock.setGraceSeconds(60);
    lock.setInBackground(true);
    now += seconds(61); // the phone slept; the timer never fired
    EXPECT_EQ(left.count(), 0);
    lock.setInBackground(false);
    EXPECT_EQ(left.count(), 1) << "locked before anything is shown";
}

TEST_F(LeaveLockTest, TheScreenLockingLocksWhateverTheGraceAndOnlyWhileArmed) {
    lock.setGraceSeconds(300);
    lock.screenLocked();
    EXPECT_EQ(left.count(), 1);

    lock.setArmed(false);
    lock.screenLocked();
    lock.setInBackground(true);
    now += seconds(301);
    lock.setInBackground(false);
    EXPECT_EQ(left.count(), 1) << "nothing unlocked, nothing to lock";
    EXPECT_FALSE(timer.isActive());
}

TEST_F(LeaveLockTest, UnlockedWhileAwayTheGraceCountsFromTheUnlock) {
    lock.setArmed(false);
    lock.setGraceSeconds(30);
    lock.setInBackground(true);
    now += seconds(100);
    lock.setArmed(true); // e.g. autofill's unlock, in the background
    now += seconds(10);
    lock.setInBackground(false);
    EXPECT_EQ(left.count(), 0);

    // Without grace the unlock is not undone under the user's hands, but the return locks.
    lock.setArmed(false);
    lock.setGraceSeconds(0);
    lock.setInBackground(true);
    lock.setArmed(true);
    EXPECT_EQ(left.count(), 0);
    lock.setInBackground(false);
    EXPECT_EQ(left.count(), 1);
}

TEST(LeaveLockAway, SuspendedHiddenOrAMinimisedWindowIsAwayInactiveIsNot) {
    EXPECT_TRUE(ui::isAway(Qt::ApplicationSuspended, false));
    EXPECT_TRUE(ui::isAway(Qt::ApplicationHidden, false));
    EXPECT_TRUE(ui::isAway(Qt::ApplicationActive, true));
    EXPECT_TRUE(ui::isAway(Qt::ApplicationInactive, true));
    EXPECT_FALSE(ui::isAway(Qt::ApplicationInactive, false));
    EXPECT_FALSE(ui::isAway(Qt::ApplicationActive, false));
}

TEST(LeaveLockClock, TheBootClockMovesForward) {
    const milliseconds first = ui::sinceBoot();
    EXPECT_GT(first.count(), 0);
    EXPECT_GE(ui::sinceBoot(), first);
}

} // namespace
} // namespace vaultlink::testing
