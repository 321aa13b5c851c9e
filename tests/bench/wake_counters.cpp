#include "tests/bench/wake_counters.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QTimerEvent>

#include <arpa/inet.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

namespace vaultlink::bench {

std::map<int, ThreadSwitches> threadSwitches() {
    std::map<int, ThreadSwitches> threads;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(task + QStringLiteral("/status")));
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (!status.open(QIODevice::ReadOnly) || !comm.open(QIODevice::ReadOnly))
            continue; // the thread ended meanwhile
        ThreadSwitches entry;
        entry.name = QString::fromUtf8(comm.readAll().trimmed());
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                entry.voluntary = line.mid(24).trimmed().toLongLong();
            else if (line.startsWith("nonvoluntary_ctxt_switches:"))
                entry.involuntary = line.mid(27).trimmed().toLongLong();
        }
        threads[task.toInt()] = entry;
    }
    return threads;
}

std::map<quint64, WireCounters> wireCounters(quint16 port) {
    std::map<quint64, WireCounters> sockets;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::Files | QDir::System)) {
        bool number = false;
        const int fd = name.toInt(&number);
        if (!number)
            continue;
        struct stat info {};
        if (fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode))
            continue;
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
            continue;
        quint16 peerPort = 0;
        if (peer.ss_family == AF_INET)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port);
        else if (peer.ss_family == AF_INET6)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port);
        if (peerPort != port)
            continue;
        tcp_info tcp{};
        socklen_t size = sizeof tcp;
        if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &tcp, &size) != 0)
            continue;
        sockets[static_cast<quint64>(info.st_ino)] = {
            static_cast<qint64>(tcp.tcpi_bytes_acked), static_cast<qint64>(tcp.tcpi_bytes_received),
            static_cast<qint64>(tcp.tcpi_segs_out), static_cast<qint64>(tcp.tcpi_segs_in)};
    }
    return sockets;
}

WireCounters wireDelta(const std::map<quint64, WireCounters> &before,
                       const std::map<quint64, WireCounters> &after) {
    WireCounters delta;
    for (const auto &[inode, now] : after) {
        const auto earlier = before.find(inode);
        const WireCounters from = earlier == before.end() ? WireCounters{} : earlier->second;
        delta.bytesSent += now.bytesSent - from.bytesSent;
        delta.bytesReceived += now.bytesReceived - from.bytesReceived;
        delta.segmentsOut += now.segmentsOut - from.segmentsOut;
        delta.segmentsIn += now.segmentsIn - from.segmentsIn;
    }
    return delta;
}

MainThreadWatch::MainThreadWatch()
    : m_dispatcher(QAbstractEventDispatcher::instance()) {
    QCoreApplication::instance()->installEventFilter(this);
    if (m_dispatcher) {
        connect(
            m_dispatcher, &QAbstractEventDispatcher::awake, this, [this] { ++m_counts.awake; },
            Qt::DirectConnection);
        connect(
            m_dispatcher, &QAbstractEventDispatcher::aboutToBlock, this,
            [this] { ++m_counts.aboutToBlock; }, Qt::DirectConnection);
    }
}

MainThreadWatch::~MainThreadWatch() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void MainThreadWatch::start() {
    m_counts = {};
    m_timerIndex.clear();
    m_start = SteadyClock::now();
}

MainThreadWatch::Counts MainThreadWatch::counts() const {
    Counts counts = m_counts;
    counts.windowMs = msSince(m_start);
    return counts;
}

bool MainThreadWatch::eventFilter(QObject *watched, QEvent *event) {
    if (m_ignored.contains(watched))
        return false;
    switch (event->type()) {
    case QEvent::Timer: {
        m_currentTimer = watched;
        ++m_counts.timerEvents;
        auto found = m_timerIndex.find(watched);
        if (found == m_timerIndex.end()) {
            TimerSource source;
            source.receiver = watched;
            source.className = QString::fromLatin1(watched->metaObject()->className());
            if (const auto *timer = qobject_cast<const QTimer *>(watched)) {
                source.interval = timer->interval();
                source.singleShot = timer->isSingleShot();
            }
            m_counts.timers.push_back(std::move(source));
            found = m_timerIndex.insert(watched, m_counts.timers.size() - 1);
        }
        m_counts.timers[*found].firedAtMs.push_back(msSince(m_start));
        break;
    }
    case QEvent::SockAct:
        ++m_counts.socketEvents;
        break;
    case QEvent::MetaCall:
        ++m_counts.queuedCalls;
        break;
    default:
        ++m_counts.otherEvents;
        break;
    }
    return false;
}

} // namespace vaultlink::bench
