#include "platform/desktop/dbus_screen_lock_watch.h"

#include <QDBusConnection>

namespace vaultlink::platform {

namespace desktop {
namespace {
// The interfaces that announce a screen saver's state with ActiveChanged(bool).
constexpr const char *screenSaverInterfaces[] = {"org.freedesktop.ScreenSaver",
                                                 "org.gnome.ScreenSaver"};
} // namespace

ScreenSaverListener::ScreenSaverListener(std::function<void()> locked)
    : m_locked(std::move(locked)) {}

bool ScreenSaverListener::listen() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    bool listening = true;
    for (const char *interface : screenSaverInterfaces)
        // Any service and any object path: KDE sends from /ScreenSaver and
        // /org/freedesktop/ScreenSaver, GNOME from /org/gnome/ScreenSaver.
        listening &= bus.connect(QString(), QString(), QString::fromLatin1(interface),
                                 QStringLiteral("ActiveChanged"), this, SLOT(activeChanged(bool)));
    return listening;
}

void ScreenSaverListener::activeChanged(bool active) {
    if (active)
        m_locked();
}
} // namespace desktop

DbusScreenLockWatch::DbusScreenLockWatch() = default;

DbusScreenLockWatch::~DbusScreenLockWatch() = default;

void DbusScreenLockWatch::start(std::function<void()> locked) {
    if (m_listener)
        return;
    m_listener = std::make_unique<desktop::ScreenSaverListener>(std::move(locked));
    m_listening = m_listener->listen(); // without a session bus, no screen lock is reported
}

} // namespace vaultlink::platform
