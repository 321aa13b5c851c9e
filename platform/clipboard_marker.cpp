#include "platform/clipboard_marker.h"

#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_ANDROID)
#include "platform/android/android_clipboard_marker.h"
#elif defined(Q_OS_IOS)
#include "platform/ios/ios_clipboard_marker.h"
#elif defined(Q_OS_LINUX)
#include "platform/desktop/kde_clipboard_marker.h"
#endif

namespace vaultlink::platform {

namespace {
// Platforms without a mark for sensitive clipboard data.
class NoClipboardMarker final : public ClipboardMarker {
public:
    void markSensitive(QMimeData &) const override {}
    void afterCopy(std::chrono::seconds) const override {}
};
} // namespace

std::unique_ptr<ClipboardMarker> makeClipboardMarker() {
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidClipboardMarker>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosClipboardMarker>();
#elif defined(Q_OS_LINUX)
    return std::make_unique<KdeClipboardMarker>();
#else
    return std::make_unique<NoClipboardMarker>();
#endif
}

} // namespace vaultlink::platform
