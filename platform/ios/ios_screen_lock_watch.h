#pragma once

#include "platform/screen_lock_watch.h"

#include <QObject>

namespace vaultlink::platform {

// iOS posts UIApplicationProtectedDataWillBecomeUnavailable when the device locks and its
// data-protection keys are about to go (only on a device with a passcode; without one, nothing
// tells the app). Written against Apple's documented API and not built here (no Xcode).
class IosScreenLockWatch final : public ScreenLockWatch {
public:
    IosScreenLockWatch();
    ~IosScreenLockWatch() override;
    IosScreenLockWatch(const IosScreenLockWatch &) = delete;
    IosScreenLockWatch &operator=(const IosScreenLockWatch &) = delete;

    void start(std::function<void()> locked) override;

    struct Observer; // Objective-C, in the .mm

private:
    std::unique_ptr<Observer> m_observer;
    // Made on the thread that called start; `locked` runs in its event loop.
    std::unique_ptr<QObject> m_home;
};

} // namespace vaultlink::platform
