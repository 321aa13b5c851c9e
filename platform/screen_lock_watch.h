#pragma once

#include <functional>
#include <memory>

namespace vaultlink::platform {

// Tells the app when the device's screen locks, so that an unlocked vault closes at once.
// Android: a BroadcastReceiver registered at run time for Intent.ACTION_SCREEN_OFF (the screen
// turning off, by the power button or its timeout; a manifest receiver does not get it). iOS:
// UIApplicationProtectedDataWillBecomeUnavailable (the device locking, when it has a passcode).
// Linux desktops: the screen saver's ActiveChanged(true) on the session bus, as
// org.freedesktop.ScreenSaver (KDE, Xfce, others) and org.gnome.ScreenSaver announce it.
// Elsewhere, and on a Linux desktop without a session bus, nothing is reported.
class ScreenLockWatch {
public:
    virtual ~ScreenLockWatch() = default;
    // `locked` runs on the thread that called start (the GUI thread) each time the screen locks
    // or turns off. Called once.
    virtual void start(std::function<void()> locked) = 0;
};

// The platform's watch, chosen once at build time.
std::unique_ptr<ScreenLockWatch> makeScreenLockWatch();

} // namespace vaultlink::platform
