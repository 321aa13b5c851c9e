#include "platform/screen_lock_watch.h"

#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_ANDROID)
#include "platform/android/android_screen_lock_watch.h"
#elif defined(Q_OS_IOS)
#include "platform/ios/ios_screen_lock_watch.h"
#elif defined(Q_OS_LINUX)
#include "platform/desktop/dbus_screen_lock_watch.h"
#endif

namespace vaultlink::platform {

namespace {
// Platforms that do not tell the app when the screen locks.
class NoScreenLockWatch final : public ScreenLockWatch {
public:
    void start(std::function<void()>) override {}
};
} // namespace

std::unique_ptr<ScreenLockWatch> makeScreenLockWatch() {
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidScreenLockWatch>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosScreenLockWatch>();
#elif defined(Q_OS_LINUX)
    return std::make_unique<DbusScreenLockWatch>();
#else
    return std::make_unique<NoScreenLockWatch>();
#endif
}

} // namespace vaultlink::platform
