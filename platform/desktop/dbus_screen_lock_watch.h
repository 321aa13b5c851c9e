#pragma once

#include "platform/screen_lock_watch.h"

#include <QObject>

namespace vaultlink::platform {

namespace desktop {
// Receives the screen savers' ActiveChanged(bool) signals on the thread that made it.
class ScreenSaverListener final : public QObject {
    Q_OBJECT
public:
    explicit ScreenSaverListener(std::function<void()> locked);
    // False without a session bus, or when the bus refused the match rules.
    bool listen();

private slots:
    void activeChanged(bool active);

private:
    std::function<void()> m_locked;
};
} // namespace desktop

// Linux desktops: the screen savers announce on the session bus that they became active (the
// screen locked or blanked) with ActiveChanged(true), as org.freedesktop.ScreenSaver (KDE, Xfce,
// others) or org.gnome.ScreenSaver (GNOME), from whichever service and object path they use.
// Without a session bus nothing is reported.
class DbusScreenLockWatch final : public ScreenLockWatch {
public:
    DbusScreenLockWatch();
    ~DbusScreenLockWatch() override;
    DbusScreenLockWatch(const DbusScreenLockWatch &) = delete;
    DbusScreenLockWatch &operator=(const DbusScreenLockWatch &) = delete;

    void start(std::function<void()> locked) override;
    // Whether start found a session bus and listens on it.
    bool listening() const { return m_listening; }

private:
    bool m_listening = false;
    // Made on the thread that called start, where QtDBus delivers the signals.
    std::unique_ptr<desktop::ScreenSaverListener> m_listener;
};

} // namespace vaultlink::platform
