#include "src/ui/timer.h"

#include <algorithm>
#include <limits>

namespace vaultlink::ui {

QtTimer::QtTimer() {
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { timedOut(); });
}

void QtTimer::setSingleShot(bool singleShot) {
    m_timer.setSingleShot(singleShot);
}

void QtTimer::start(std::chrono::milliseconds interval) {
    // Qt's timers hold an int of milliseconds (24 days); a longer wait is as good as never.
    const std::chrono::milliseconds longest(std::numeric_limits<int>::max());
    m_timer.start(std::clamp(interval, std::chrono::milliseconds(0), longest));
}

void QtTimer::stop() {
    m_timer.stop();
}

bool QtTimer::isActive() const {
    return m_timer.isActive();
}

} // namespace vaultlink::ui
