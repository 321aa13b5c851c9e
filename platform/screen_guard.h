#pragma once

#include <memory>

namespace vaultlink::platform {

// Keeps the app's window out of screenshots, screen recordings and the app switcher's preview.
// Android: FLAG_SECURE on the activity's window (screenshots and recordings come out black, the
// recent-apps preview is blank). iOS: an opaque cover over the window while the app is inactive
// (the app switcher's snapshot) and while the screen is recorded or mirrored; iOS offers no way
// to block a screenshot. Desktop: nothing, for X11 and Wayland have no such flag (any client may
// read the screen on X11, the compositor decides on Wayland).
class ScreenGuard {
public:
    virtual ~ScreenGuard() = default;
    // Called before the first window is shown, so that no frame of it is ever capturable.
    virtual void setProtected(bool on) = 0;
};

// The platform's guard, chosen once at build time.
std::unique_ptr<ScreenGuard> makeScreenGuard();

} // namespace vaultlink::platform
