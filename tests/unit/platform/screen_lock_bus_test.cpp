// The desktop's screen lock watch against a real session bus: a private one that
// dbus-run-session starts for this binary (tests/unit/platform/CMakeLists.txt), where the test
// plays the screen savers and sends their signals from a connection of its own. Never run on a
// user's session bus: a screen saver's signal there would reach every program listening.
#include "platform/desktop/dbus_screen_lock_watch.h"
#include "platform/screen_lock_watch.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>
#include <vector>

namespace vaultlink::testing {
namespace {

// Where each `locked` call ran.
struct Locks {
    std::function<void()> locked() {
        return [this] { threads.push_back(QThread::currentThread()); };
    }
    std::vector<QThread *> threads;
};

bool waitFor(const std::function<bool()> &done) {
    const QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// A screen saver on the same bus: another connection, another unique name, as another process.
class ScreenSaver {
public:
    ScreenSaver()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("screen-saver"))) {}
    ~ScreenSaver() { QDBusConnection::disconnectFromBus(QStringLiteral("screen-saver")); }

    bool connected() const { return m_bus.isConnected(); }

    bool send(const QString &path, const QString &interface, const QString &name,
              const QVariant &argument) {
        // The watch's match rule goes to the bus without waiting for its answer: a call on the
        // watch's own connection, answered in order after it, makes sure the bus has it before
        // this signal comes from another connection (else a loaded machine may deliver none).
        (void)QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.DBus"));
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal << argument;
        return m_bus.send(signal);
    }
    // KDE's, and other freedesktop.org screen savers'.
    bool freedesktop(bool active) {
        return send(QStringLiteral("/org/freedesktop/ScreenSaver"),
                    QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                    active);
    }
    bool gnome(bool active) {
        return send(QStringLiteral("/org/gnome/ScreenSaver"),
                    QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"),
                    active);
    }

private:
    QDBusConnection m_bus;
};

class DbusScreenLockWatch : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected());
        ASSERT_TRUE(screenSaver.connected());
    }

    ScreenSaver screenSaver;
    Locks locks;
};

TEST_F(DbusScreenLockWatch, TheFactoryGivesTheWatchThatListensOnTheSessionBus) {
    const auto watch = platform::makeScreenLockWatch();
    auto *dbus = dynamic_cast<platform::DbusScreenLockWatch *>(watch.get());
    ASSERT_NE(dbus, nullptr);
    dbus->start(locks.locked());
    EXPECT_TRUE(dbus->listening());
    ASSERT_TRUE(screenSaver.freedesktop(true));
    ASSERT_TRUE(waitFor([&] { return locks.threads.size() == 1; }));
}

TEST_F(DbusScreenLockWatch, ActiveChangedTrueOfEitherScreenSaverIsALock) {
    platform::DbusScreenLockWatch watch;
    watch.start(locks.locked());
    ASSERT_TRUE(screenSaver.freedesktop(true));
    ASSERT_TRUE(waitFor([&] { return locks.threads.size() == 1; }));
    ASSERT_TRUE(screenSaver.gnome(true));
    ASSERT_TRUE(waitFor([&] { return locks.threads.size() == 2; }));
    // KDE also sends from /ScreenSaver: any object path counts.
    ASSERT_TRUE(screenSaver.send(QStringLiteral("/ScreenSaver"),
                                 QStringLiteral("org.freedesktop.ScreenSaver"),
                                 QStringLiteral("ActiveChanged"), true));
    ASSERT_TRUE(waitFor([&] { return locks.threads.size() == 3; }));
    EXPECT_EQ(locks.threads, std::vector<QThread *>(3, QThread::currentThread()));
}

// A signal the watch must ignore, then one it hears: the bus keeps one sender's signals in
// order, so once the second arrived, the first would have been counted before it.
TEST_F(DbusScreenLockWatch, ActiveChangedFalseAndOtherSignalsAreNot) {
    platform::DbusScreenLockWatch watch;
    watch.start(locks.locked());
    ASSERT_TRUE(screenSaver.freedesktop(false));
    ASSERT_TRUE(screenSaver.gnome(false));
    ASSERT_TRUE(screenSaver.send(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                 QStringLiteral("org.freedesktop.ScreenSaver"),
                                 QStringLiteral("WakeUpScreen"), true));
    ASSERT_TRUE(screenSaver.send(QStringLiteral("/org/example/Saver"),
                                 QStringLiteral("org.example.ScreenSaver"),
                                 QStringLiteral("ActiveChanged"), true));
    // Not a boolean: not the screen savers' signal.
    ASSERT_TRUE(screenSaver.send(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                 QStringLiteral("org.freedesktop.ScreenSaver"),
                                 QStringLiteral("ActiveChanged"), QStringLiteral("true")));
    ASSERT_TRUE(screenSaver.gnome(true));
    ASSERT_TRUE(waitFor([&] { return !locks.threads.empty(); }));
    QCoreApplication::processEvents();
    EXPECT_EQ(locks.threads.size(), 1u);
}

TEST_F(DbusScreenLockWatch, AWatchStartedOnAnotherThreadHearsThere) {
    QThread worker;
    worker.start();
    QObject onWorker;
    onWorker.moveToThread(&worker);
    auto watch = std::make_unique<platform::DbusScreenLockWatch>();
    QMetaObject::invokeMethod(
        &onWorker, [&] { watch->start(locks.locked()); }, Qt::BlockingQueuedConnection);
    ASSERT_TRUE(screenSaver.freedesktop(true));
    const QDeadlineTimer deadline(5000);
    std::size_t heard = 0;
    while (heard == 0 && !deadline.hasExpired()) {
        QThread::msleep(20);
        QMetaObject::invokeMethod(
            &onWorker, [&] { heard = locks.threads.size(); }, Qt::BlockingQueuedConnection);
    }
    QMetaObject::invokeMethod(
        &onWorker, [&] { watch.reset(); }, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    EXPECT_EQ(locks.threads, std::vector<QThread *>{&worker});
}

TEST_F(DbusScreenLockWatch, AWatchGoneHearsNothingAndTheOthersGoOn) {
    Locks others;
    platform::DbusScreenLockWatch staying;
    staying.start(others.locked());
    {
        platform::DbusScreenLockWatch going;
        going.start(locks.locked());
    }
    ASSERT_TRUE(screenSaver.freedesktop(true));
    ASSERT_TRUE(waitFor([&] { return others.threads.size() == 1; }));
    EXPECT_TRUE(locks.threads.empty());
}

TEST_F(DbusScreenLockWatch, StartedTwiceItListensOnce) {
    platform::DbusScreenLockWatch watch;
    watch.start(locks.locked());
    Locks second;
    watch.start(second.locked());
    ASSERT_TRUE(screenSaver.freedesktop(true));
    ASSERT_TRUE(screenSaver.gnome(true));
    ASSERT_TRUE(waitFor([&] { return locks.threads.size() == 2; }));
    QCoreApplication::processEvents();
    EXPECT_EQ(locks.threads.size(), 2u);
    EXPECT_TRUE(second.threads.empty());
}

// Run with DBUS_SESSION_BUS_ADDRESS naming no bus (CMakeLists.txt): a desktop session without
// D-Bus, or a command line over ssh.
TEST(NoSessionBus, TheWatchStartsAndReportsNothing) {
    ASSERT_FALSE(QDBusConnection::sessionBus().isConnected());
    platform::DbusScreenLockWatch watch;
    Locks locks;
    watch.start(locks.locked());
    EXPECT_FALSE(watch.listening());
    QCoreApplication::processEvents();
    EXPECT_TRUE(locks.threads.empty());
}

} // namespace
} // namespace vaultlink::testing

// Refuses a bus that other programs use: a private session's bus has no names but the bus's
// own until this process takes some.
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        const QStringList names = bus.interface()->registeredServiceNames().value();
        for (const QString &name : names)
            if (!name.startsWith(u':') && name != QLatin1String("org.freedesktop.DBus")) {
                std::fprintf(stderr,
                             "%s is on this session bus: run through ctest, which gives these "
                             "tests a D-Bus session of their own\n",
                             qPrintable(name));
                return 1;
            }
    }
    return RUN_ALL_TESTS();
}
