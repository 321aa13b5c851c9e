#pragma once

#include "platform/clipboard_marker.h"

namespace vaultlink::platform {

// Pasteboard items that stay on this device (no Universal Clipboard hand-off to the user's Mac)
// and that iOS removes by itself when the guard's delay is over, even if the app is suspended
// by then and its own timer never fires.
class IosClipboardMarker final : public ClipboardMarker {
public:
    void markSensitive(QMimeData &) const override {}
    void afterCopy(std::chrono::seconds clearAfter) const override;
};

} // namespace vaultlink::platform
