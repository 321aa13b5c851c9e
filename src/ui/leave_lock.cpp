#include "src/ui/leave_lock.h"

#include <QElapsedTimer>

#include <algorithm>

#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID) || defined(Q_OS_DARWIN)
#include <time.h>
#endif

namespace vaultlink::ui {

LeaveLock::LeaveLock(Timer &timer, Elapsed elapsed, QObject *parent)
    : QObject(parent)
    , m_timer(timer)
    , m_elapsed(std::move(elapsed)) {
    m_timer.setSingleShot(true);
    m_timer.onTimeout([this] { fire(); });
}

LeaveLock::~LeaveLock() {
    // The timer belongs to the composition root and may outlive this.
    m_timer.stop();
    m_timer.onTimeout({});
}

void LeaveLock::setGraceSeconds(int seconds) {
    m_grace = std::chrono::seconds(std::max(0, seconds));
}

void LeaveLock::setArmed(bool armed) {
    m_armed = armed;
    if (!armed) {
        m_timer.stop();
        m_counting = false;
    } else if (m_background) {
        // Unlocked while away (autofill's unlock screen over the app): not closed under the
        // user's hands; the time away counts from now, and at least the return locks it.
        m_leftAt = m_elapsed();
        m_counting = true;
        if (m_grace.count() > 0)
            m_timer.start(m_grace);
    }
}

void LeaveLock::setInBackground(bool background) {
    const bool wasAway = m_background;
    m_background = background;
    if (!m_armed)
        return;
    if (background) {
        if (m_grace.count() == 0) {
            fire();
            return;
        }
        if (!wasAway || !m_counting) {
            m_leftAt = m_elapsed();
            m_counting = true;
            m_timer.start(m_grace);
        }
        return;
    }
    m_timer.stop();
    if (wasAway && m_counting && m_elapsed() - m_leftAt >= m_grace)
        fire();
    m_counting = false;
}

void LeaveLock::screenLocked() {
    fire();
}

void LeaveLock::fire() {
    m_timer.stop();
    m_counting = false;
    if (m_armed)
        emit leave();
}

bool isAway(Qt::ApplicationState state, bool windowHidden) {
    return windowHidden || state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden;
}

std::chrono::milliseconds sinceBoot() {
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID) || defined(Q_OS_DARWIN)
    // Linux and Android: CLOCK_BOOTTIME (Android's elapsedRealtime). Darwin's CLOCK_MONOTONIC
    // goes on while asleep (mach_continuous_time underneath).
#if defined(Q_OS_DARWIN)
    constexpr clockid_t kClock = CLOCK_MONOTONIC;
#else
    constexpr clockid_t kClock = CLOCK_BOOTTIME;
#endif
    timespec now{};
    if (clock_gettime(kClock, &now) == 0)
        return std::chrono::seconds(now.tv_sec) +
               std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::nanoseconds(now.tv_nsec));
#endif
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return std::chrono::milliseconds(started.elapsed());
}

} // namespace vaultlink::ui
