#include "src/ui/timer.h"
#include "tests/unit/support/manual_timer.h"
#include "tests/unit/ui/wait_for.h"

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

using std::chrono::milliseconds;

// The other tests lean on the double behaving as Qt's timer does; these hold it to that.
TEST(ManualTimer, ARepeatingTimerFiresAtEachDeadlinePassed) {
    ManualTimer timer;
    int fired = 0;
    timer.onTimeout([&] { ++fired; });
    timer.start(milliseconds(100));
    timer.advance(milliseconds(99));
    EXPECT_EQ(fired, 0);
    timer.advance(milliseconds(1));
    EXPECT_EQ(fired, 1);
    timer.advance(milliseconds(350));
    EXPECT_EQ(fired, 4);
    EXPECT_EQ(timer.remaining(), milliseconds(50));
    EXPECT_TRUE(timer.isActive());
}

TEST(ManualTimer, ASingleShotFiresOnceAndARestartMovesTheDeadline) {
    ManualTimer timer;
    int fired = 0;
    timer.onTimeout([&] { ++fired; });
    timer.setSingleShot(true);
    timer.start(milliseconds(100));
    timer.advance(milliseconds(60));
    timer.start(milliseconds(100));
    timer.advance(milliseconds(60));
    EXPECT_EQ(fired, 0);
    timer.advance(milliseconds(40));
    EXPECT_EQ(fired, 1);
    EXPECT_FALSE(timer.isActive());
    timer.advance(milliseconds(1000));
    EXPECT_EQ(fired, 1);
}

TEST(ManualTimer, AStoppedTimerNeverFires) {
    ManualTimer timer;
    int fired = 0;
    timer.onTimeout([&] { ++fired; });
    timer.start(milliseconds(100));
    timer.stop();
    EXPECT_FALSE(timer.fire());
    timer.advance(milliseconds(1000));
    EXPECT_EQ(fired, 0);
}

TEST(QtTimer, RunsTheCallbackWhenQtsTimerTimesOut) {
    ui::QtTimer timer;
    int fired = 0;
    timer.onTimeout([&] { ++fired; });
    timer.setSingleShot(true);
    timer.start(milliseconds(1));
    EXPECT_TRUE(timer.isActive());
    ASSERT_TRUE(waitFor([&] { return fired == 1; }));
    EXPECT_FALSE(timer.isActive()) << "a single shot stays stopped after its timeout";
    timer.start(milliseconds(60'000));
    timer.stop();
    EXPECT_FALSE(timer.isActive());
}

} // namespace
} // namespace vaultlink::testing
