#pragma once

#include "tests/bench/measure.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <vector>

class QAbstractEventDispatcher;

namespace vaultlink::bench {

// What wakes a process that should be idle, counted three ways (vaultlink_live_bench):

// 1. By the kernel: each thread's context switches (/proc/self/task/*/status). A voluntary switch
// is the thread going to sleep (on poll, a lock, a condition), so the count between two readings
// is how often it was woken meanwhile, whatever woke it.
struct ThreadSwitches {
    QString name; // /proc/self/task/ID/comm
    qint64 voluntary = 0;
    qint64 involuntary = 0;
};
std::map<int, ThreadSwitches> threadSwitches(); // by thread id

// 2. On the wire: the kernel's TCP counters (TCP_INFO) of this process's sockets connected to
// `port` on the loopback, by socket inode. Bytes are TCP payload, so TLS records in full (headers,
// tags, alerts) but no TCP/IP headers; segments are what went out and came in, ACKs included.
struct WireCounters {
    qint64 bytesSent = 0; // acknowledged by the peer
    qint64 bytesReceived = 0;
    qint64 segmentsOut = 0;
    qint64 segmentsIn = 0;
};
std::map<quint64, WireCounters> wireCounters(quint16 port);
// What the sockets open at both readings (or only at the later one) moved in between.
WireCounters wireDelta(const std::map<quint64, WireCounters> &before,
                       const std::map<quint64, WireCounters> &after);

// 3. In the GUI thread's event loop: the dispatcher's wake-ups (`awake`, and `aboutToBlock`: the
// times it went to sleep) and the events it delivered, every timer event with its receiver and
// time. Installed on the application as an event filter, so it sees every event for every object
// of the GUI thread.
class MainThreadWatch final : public QObject {
    Q_OBJECT
public:
    struct TimerSource {
        QObject *receiver = nullptr;
        QString className;
        int interval = -1; // ms, a QTimer's; -1 for other receivers
        bool singleShot = false;
        std::vector<double> firedAtMs; // since the counting started
    };
    struct Counts {
        qint64 awake = 0;
        qint64 aboutToBlock = 0;
        qint64 timerEvents = 0;
        qint64 socketEvents = 0; // QSocketNotifier activations (QEvent::SockAct)
        qint64 queuedCalls = 0;  // QEvent::MetaCall: queued signals and invokeMethod
        qint64 otherEvents = 0;
        std::vector<TimerSource> timers; // in the order they first fired
        double windowMs = 0;
    };

    MainThreadWatch();
    ~MainThreadWatch() override;

    // Starts a new count (the previous one is dropped).
    void start();
    // What was counted since start(), the counting going on.
    Counts counts() const;
    // The receiver of the timer event being delivered now, if any: a timer's own callback learns
    // which QTimer it runs from (CountingTimer).
    QObject *currentTimerReceiver() const { return m_currentTimer; }
    // Leave this receiver's events out (the benchmark's own timers that open and close a window).
    void ignore(QObject *receiver) { m_ignored.insert(receiver); }
    void clearIgnored() { m_ignored.clear(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractEventDispatcher *m_dispatcher = nullptr;
    SteadyClock::time_point m_start = SteadyClock::now();
    Counts m_counts;
    QHash<QObject *, std::size_t> m_timerIndex;
    QObject *m_currentTimer = nullptr;
    QSet<QObject *> m_ignored;
};

} // namespace vaultlink::bench
