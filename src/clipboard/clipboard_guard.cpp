#include "src/clipboard/clipboard_guard.h"

#include "platform/clipboard_marker.h"

#include <QClipboard>
#include <QMimeData>

namespace vaultlink {

ClipboardGuard::ClipboardGuard(QClipboard &clipboard, const platform::ClipboardMarker &marker,
                               QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_marker(marker) {
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::tick);
}

void ClipboardGuard::setClearAfterSeconds(int seconds) {
    seconds = std::max(1, seconds);
    if (seconds == m_clearAfter)
        return;
    m_clearAfter = seconds;
    emit clearAfterSecondsChanged();
}

void ClipboardGuard::copy(const QString &text, bool secret) {
    auto *data = new QMimeData;
    data->setText(text);
    if (secret)
        m_marker.markSensitive(*data);
    m_clipboard.setMimeData(data);
    if (!secret) {
        if (m_timer.isActive())
            m_marker.afterClear(); // the secret is gone from the clipboard: no clear is due
        m_timer.stop();
        m_copied.clear();
        return;
    }
    m_marker.afterCopy(std::chrono::seconds(m_clearAfter));
    m_copied = text;
    m_secondsLeft = m_clearAfter;
    emit secondsLeftChanged();
    m_timer.start();
}

void ClipboardGuard::tick() {
    if (--m_secondsLeft > 0) {
        emit secondsLeftChanged();
        return;
    }
    clearNow();
}

void ClipboardGuard::clearNow() {
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_secondsLeft = 0;
    emit secondsLeftChanged();
    // Only what we put there: something the user copied since stays.
    if (m_clipboard.text() == m_copied)
        m_clipboard.clear();
    m_marker.afterClear(); // either way, the platform's own clear is no longer wanted
    m_copied.fill(QChar(0));
    m_copied.clear();
    emit cleared();
}

} // namespace vaultlink
