#pragma once

#include "platform/clipboard_marker.h"

namespace vaultlink::platform {

// Linux desktops: Klipper and other clipboard managers that honour KDE's password-manager hint
// keep no history of data carrying it.
class KdeClipboardMarker final : public ClipboardMarker {
public:
    void markSensitive(QMimeData &data) const override;
};

} // namespace vaultlink::platform
