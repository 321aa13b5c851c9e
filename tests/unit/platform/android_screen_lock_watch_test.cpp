// AndroidScreenLockWatch against the fake JNI: what ScreenLockReceiver.java is asked, and where
// its onScreenOff ends up.
#include "fake_android.h"
#include "platform/android/android_screen_lock_watch.h"

#include <QCoreApplication>
#include <QThread>

#include <thread>
#include <vector>

namespace vaultlink::testing {
namespace {

constexpr auto receiver = "org/vaultlink/app/ScreenLockReceiver";
constexpr QLatin1String registerReceiver{
    "org/vaultlink/app/ScreenLockReceiver.register(Landroid/content/Context;)V activity"};
constexpr QLatin1String unregisterReceiver{"org/vaultlink/app/ScreenLockReceiver.unregister()V"};

// Where each `locked` call ran.
struct Locks {
    std::function<void()> locked() {
        return [this] { threads.push_back(QThread::currentThread()); };
    }
    std::vector<QThread *> threads;
};

class AndroidScreenLockWatch : public FakeAndroid {
protected:
    // Android's UI thread calls the native; it returns at once.
    bool screenTurnsOff() {
        bool called = false;
        std::thread ui([&] { called = java.callStaticNative(receiver, "onScreenOff"); });
        ui.join();
        return called;
    }

    Locks locks;
};

TEST_F(AndroidScreenLockWatch, StartingRegistersTheReceiverOnTheUiThread) {
    platform::AndroidScreenLockWatch watch;
    EXPECT_EQ(java.calls(), QStringList()) << "nothing is asked before start";
    watch.start(locks.locked());
    EXPECT_TRUE(platform::android::fake::JavaWorld::natives().contains(
        QStringLiteral("org/vaultlink/app/ScreenLockReceiver.onScreenOff()V")));
    EXPECT_EQ(java.calls(), QStringList());
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls(), QStringList{registerReceiver});
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
}

TEST_F(AndroidScreenLockWatch, TheScreenTurningOffReachesLockedOnTheThreadThatStarted) {
    platform::AndroidScreenLockWatch watch;
    watch.start(locks.locked());
    java.runUiThread();
    ASSERT_TRUE(screenTurnsOff());
    EXPECT_TRUE(locks.threads.empty()) << "called on Android's UI thread, not queued";
    QCoreApplication::processEvents();
    EXPECT_EQ(locks.threads, std::vector<QThread *>{QThread::currentThread()});
    ASSERT_TRUE(screenTurnsOff());
    QCoreApplication::processEvents();
    EXPECT_EQ(locks.threads.size(), 2u) << "each time the screen turns off";
}

TEST_F(AndroidScreenLockWatch, AWatchStartedOnAnotherThreadHearsThere) {
    QThread worker;
    worker.start();
    QObject onWorker;
    onWorker.moveToThread(&worker);
    auto watch = std::make_unique<platform::AndroidScreenLockWatch>();
    QMetaObject::invokeMethod(
        &onWorker, [&] { watch->start(locks.locked()); }, Qt::BlockingQueuedConnection);
    java.runUiThread();
    ASSERT_TRUE(screenTurnsOff());
    // The worker's loop delivers the call; an empty call queued after it finds it done.
    QMetaObject::invokeMethod(
        &onWorker, [] {}, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &onWorker, [&] { watch.reset(); }, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    EXPECT_EQ(locks.threads, std::vector<QThread *>{&worker});
}

TEST_F(AndroidScreenLockWatch, ACallbackAfterTheWatchIsGoneIsIgnored) {
    {
        platform::AndroidScreenLockWatch watch;
        watch.start(locks.locked());
        java.runUiThread();
    }
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls(), (QStringList{registerReceiver, unregisterReceiver}))
        << "the last watch takes the receiver with it";
    // Java's receiver may still be called while its unregister waits for the UI thread.
    ASSERT_TRUE(screenTurnsOff());
    QCoreApplication::processEvents();
    EXPECT_TRUE(locks.threads.empty());
}

TEST_F(AndroidScreenLockWatch, ACallQueuedBeforeTheWatchWentIsDroppedWithIt) {
    auto watch = std::make_unique<platform::AndroidScreenLockWatch>();
    watch->start(locks.locked());
    java.runUiThread();
    ASSERT_TRUE(screenTurnsOff());
    watch.reset();
    QCoreApplication::processEvents();
    EXPECT_TRUE(locks.threads.empty());
}

TEST_F(AndroidScreenLockWatch, TheReceiverStaysWhileAnotherWatchIsStarted) {
    platform::AndroidScreenLockWatch first;
    Locks second;
    {
        platform::AndroidScreenLockWatch other;
        first.start(locks.locked());
        other.start(second.locked());
        java.runUiThread();
        ASSERT_TRUE(screenTurnsOff());
        QCoreApplication::processEvents();
    }
    java.runUiThread();
    EXPECT_EQ(java.calls(), (QStringList{registerReceiver, registerReceiver}))
        << "Java keeps one receiver; no unregister while a watch is left";
    ASSERT_TRUE(screenTurnsOff());
    QCoreApplication::processEvents();
    EXPECT_EQ(locks.threads.size(), 2u);
    EXPECT_EQ(second.threads.size(), 1u);
}

TEST_F(AndroidScreenLockWatch, StartingTwiceRegistersOnce) {
    platform::AndroidScreenLockWatch watch;
    watch.start(locks.locked());
    Locks other;
    watch.start(other.locked());
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList{registerReceiver});
    ASSERT_TRUE(screenTurnsOff());
    QCoreApplication::processEvents();
    EXPECT_EQ(locks.threads.size(), 1u);
    EXPECT_TRUE(other.threads.empty());
}

// The app's process may run without its activity (a service): the receiver needs only a
// context.
TEST_F(AndroidScreenLockWatch, AServicesContextRegistersToo) {
    java.setActivity(QJniObject());
    java.setContext(java.object("service"));
    platform::AndroidScreenLockWatch watch;
    watch.start(locks.locked());
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList{"org/vaultlink/app/ScreenLockReceiver.register("
                                        "Landroid/content/Context;)V service"});
}

TEST_F(AndroidScreenLockWatch, WithoutAContextJavaIsNotCalled) {
    java.setActivity(QJniObject());
    platform::AndroidScreenLockWatch watch;
    watch.start(locks.locked());
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList());
}

TEST_F(AndroidScreenLockWatch, AWatchNeverStartedAsksNothing) {
    { platform::AndroidScreenLockWatch watch; }
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList());
}

} // namespace
} // namespace vaultlink::testing
