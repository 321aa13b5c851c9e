#include "src/ui/auto_sync.h"

namespace vaultlink::ui {

AutoSync::AutoSync(Timer &timer, ConnectionFn connection, std::chrono::milliseconds period,
                   QObject *parent)
    : QObject(parent)
    , m_timer(timer)
    , m_connection(std::move(connection))
    , m_period(period) {
    m_timer.setSingleShot(false);
    m_timer.onTimeout([this] { consider(); });
}

AutoSync::~AutoSync() {
    // The timer belongs to the composition root and may outlive this.
    m_timer.stop();
    m_timer.onTimeout({});
}

void AutoSync::setOpen(bool open) {
    m_open = open;
    if (open) {
        m_timer.start(m_period);
        consider();
    } else {
        m_timer.stop();
    }
}

void AutoSync::connectionChanged() {
    consider();
}

bool AutoSync::allowsNow() const {
    if (m_mode == Mode::Off)
        return false;
    const Connection now = m_connection();
    return now.online && (m_mode != Mode::WifiOnly || now.unmetered);
}

void AutoSync::consider() {
    if (m_open && allowsNow())
        emit syncDue();
}

} // namespace vaultlink::ui
