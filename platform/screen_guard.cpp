#include "platform/screen_guard.h"

#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_ANDROID)
#include "platform/android/android_screen_guard.h"
#elif defined(Q_OS_IOS)
#include "platform/ios/ios_screen_guard.h"
#endif

namespace vaultlink::platform {

namespace {
// Desktops: no platform means to hide a window from capture.
class NoScreenGuard final : public ScreenGuard {
public:
    void setProtected(bool) override {}
};
} // namespace

std::unique_ptr<ScreenGuard> makeScreenGuard() {
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidScreenGuard>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosScreenGuard>();
#else
    return std::make_unique<NoScreenGuard>();
#endif
}

} // namespace vaultlink::platform
