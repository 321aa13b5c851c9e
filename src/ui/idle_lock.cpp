#include "src/ui/idle_lock.h"

#include <QEvent>

#include <algorithm>

namespace vaultlink::ui {

IdleLock::IdleLock(QObject *watched, Timer &timer, QObject *parent)
    : QObject(parent)
    , m_timer(timer) {
    m_timer.setSingleShot(true);
    m_timer.onTimeout([this] {
        if (m_armed)
            emit idle();
    });
    watched->installEventFilter(this);
}

IdleLock::~IdleLock() {
    // The timer belongs to the composition root and may outlive this.
    m_timer.stop();
    m_timer.onTimeout({});
}

void IdleLock::setTimeoutSeconds(int seconds) {
    m_seconds = std::max(0, seconds);
    restart();
}

void IdleLock::setArmed(bool armed) {
    m_armed = armed;
    restart();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::restart() {
    if (m_armed && m_seconds > 0)
        m_timer.start(std::chrono::seconds(m_seconds));
    else
        m_timer.stop();
}

} // namespace vaultlink::ui
