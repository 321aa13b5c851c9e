#include "src/ui/auto_sync.h"

namespace vaultlink::ui {

AutoSync::AutoSync(ConnectionFn connection, std::chrono::milliseconds period, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection)) {
    m_timer.setInterval(period);
    connect(&m_timer, &QTimer::timeout, this, &AutoSync::consider);
}

void AutoSync::setOpen(bool open) {
    m_open = open;
    if (open) {
        m_timer.start();
        consider();
    } else {
        m_timer.stop();
    }
}

void AutoSync::connectionChanged() {
    consider();
}

void AutoSync::consider() {
    if (!m_open || m_mode == Mode::Off)
        return;
    const Connection now = m_connection();
    if (!now.online || (m_mode == Mode::WifiOnly && !now.unmetered))
        return;
    emit syncDue();
}

} // namespace vaultlink::ui
