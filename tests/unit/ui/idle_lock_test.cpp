#include "src/ui/idle_lock.h"
#include "tests/unit/support/manual_timer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QTimerEvent>
#include <QTouchEvent>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace vaultlink::testing {
namespace {

using std::chrono::seconds;

// Real input events go to a plain object the lock watches, as the application's would; the
// countdown is moved by hand.
class IdleLockTest : public ::testing::Test {
protected:
    IdleLockTest() { lock.setTimeoutSeconds(300); }

    void send(QEvent &event) { QCoreApplication::sendEvent(&watched, &event); }

    QObject watched;
    ManualTimer timer;
    ui::IdleLock lock{&watched, timer};
    QSignalSpy idle{&lock, &ui::IdleLock::idle};
};

struct Input {
    const char *name;
    std::function<std::unique_ptr<QEvent>()> make;
};

const QPointF kAt(10, 10);

std::unique_ptr<QEvent> touch(QEvent::Type type, QEventPoint::State state) {
    static QPointingDevice *const touchscreen = QTest::createTouchDevice();
    return std::make_unique<QTouchEvent>(type, touchscreen, Qt::NoModifier,
                                         QList<QEventPoint>{QEventPoint(0, state, kAt, kAt)});
}

const Input kInputs[] = {
    {"key",
     [] { return std::make_unique<QKeyEvent>(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier); }},
    {"mouse press",
     [] {
         return std::make_unique<QMouseEvent>(QEvent::MouseButtonPress, kAt, kAt, Qt::LeftButton,
                                              Qt::LeftButton, Qt::NoModifier);
     }},
    {"mouse move",
     [] {
         return std::make_unique<QMouseEvent>(QEvent::MouseMove, kAt, kAt, Qt::NoButton,
                                              Qt::NoButton, Qt::NoModifier);
     }},
    {"touch begin", [] { return touch(QEvent::TouchBegin, QEventPoint::Pressed); }},
    {"touch update", [] { return touch(QEvent::TouchUpdate, QEventPoint::Updated); }},
    {"wheel",
     [] {
         return std::make_unique<QWheelEvent>(kAt, kAt, QPoint(), QPoint(0, 120), Qt::NoButton,
                                              Qt::NoModifier, Qt::NoScrollPhase, false);
     }},
};

TEST_F(IdleLockTest, IdleComesAfterTheTimeoutOnlyWhileArmed) {
    timer.advance(seconds(3600));
    EXPECT_FALSE(timer.isActive());
    EXPECT_EQ(idle.size(), 0) << "idle while nothing was unlocked";

    lock.setArmed(true);
    timer.advance(seconds(299));
    EXPECT_EQ(idle.size(), 0);
    timer.advance(seconds(1));
    EXPECT_EQ(idle.size(), 1);
    timer.advance(seconds(3600));
    EXPECT_EQ(idle.size(), 1) << "idle once per quiet spell";
}

TEST_F(IdleLockTest, EachKindOfInputStartsTheCountdownAgain) {
    lock.setArmed(true);
    for (const Input &input : kInputs) {
        SCOPED_TRACE(input.name);
        idle.clear();
        timer.advance(seconds(200));
        const std::unique_ptr<QEvent> event = input.make();
        send(*event);
        timer.advance(seconds(299));
        EXPECT_EQ(idle.size(), 0) << "the input did not restart the countdown";
        timer.advance(seconds(1));
        EXPECT_EQ(idle.size(), 1);
        const std::unique_ptr<QEvent> wake = input.make();
        send(*wake); // the next round starts from a running countdown again
    }
}

TEST_F(IdleLockTest, OtherEventsDoNotCountAsUse) {
    lock.setArmed(true);
    timer.advance(seconds(200));
    QPaintEvent paint(QRect(0, 0, 10, 10));
    QTimerEvent tick(1);
    QEvent update(QEvent::UpdateRequest);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier);
    QEvent *const others[] = {&paint, &tick, &update, &release};
    for (QEvent *event : others)
        send(*event);
    timer.advance(seconds(100));
    EXPECT_EQ(idle.size(), 1);
}

TEST_F(IdleLockTest, ZeroMeansNever) {
    lock.setTimeoutSeconds(0);
    lock.setArmed(true);
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
    send(key);
    EXPECT_FALSE(timer.isActive());
    timer.advance(seconds(7 * 24 * 3600));
    EXPECT_EQ(idle.size(), 0);

    lock.setTimeoutSeconds(60); // and a new timeout applies at once
    timer.advance(seconds(60));
    EXPECT_EQ(idle.size(), 1);
}

TEST_F(IdleLockTest, DisarmingStopsTheCountdownAndInputDoesNotRestartIt) {
    lock.setArmed(true);
    timer.advance(seconds(200));
    lock.setArmed(false);
    EXPECT_FALSE(timer.isActive());
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
    send(key);
    EXPECT_FALSE(timer.isActive());
    timer.advance(seconds(3600));
    EXPECT_EQ(idle.size(), 0);
}

TEST_F(IdleLockTest, InputReachesTheWatchedObjectUntouched) {
    struct Counting : QObject {
        bool event(QEvent *event) override {
            if (event->type() == QEvent::KeyPress)
                ++keys;
            return QObject::event(event);
        }
        int keys = 0;
    } target;
    ManualTimer own;
    ui::IdleLock watching(&target, own);
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &key);
    EXPECT_EQ(target.keys, 1);
}

} // namespace
} // namespace vaultlink::testing
