#pragma once

#include "platform/screen_lock_watch.h"

#include <QObject>

namespace vaultlink::platform {

// Android sends Intent.ACTION_SCREEN_OFF only to receivers registered at run time, never to one
// in the manifest: ScreenLockReceiver.java registers one with the application's context (so
// that it outlives Qt's activity) on Android's UI thread, and calls its static native
// onScreenOff there, which this watch hands to the thread that called start. Qt stops that
// thread's event loop while the app is in the background, so `locked` may run only when the app
// comes back, before anything of it is drawn again.
class AndroidScreenLockWatch final : public ScreenLockWatch {
public:
    AndroidScreenLockWatch() = default;
    ~AndroidScreenLockWatch() override;
    AndroidScreenLockWatch(const AndroidScreenLockWatch &) = delete;
    AndroidScreenLockWatch &operator=(const AndroidScreenLockWatch &) = delete;

    void start(std::function<void()> locked) override;

    // Java's onScreenOff, from Android's UI thread: queued to the thread that called start.
    void screenOff();

private:
    std::function<void()> m_locked;
    // Made on the thread that called start; the queued calls go with it when the watch goes.
    std::unique_ptr<QObject> m_home;
};

} // namespace vaultlink::platform
