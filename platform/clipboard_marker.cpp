#include "platform/clipboard_marker.h"

#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
#include "platform/desktop/kde_clipboard_marker.h"
#endif

namespace vaultlink::platform {

namespace {
// Platforms without a mark for sensitive clipboard data.
class NoClipboardMarker final : public ClipboardMarker {
public:
    void markSensitive(QMimeData &) const override {}
};
} // namespace

std::unique_ptr<ClipboardMarker> makeClipboardMarker() {
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    return std::make_unique<KdeClipboardMarker>();
#else
    return std::make_unique<NoClipboardMarker>();
#endif
}

} // namespace vaultlink::platform
