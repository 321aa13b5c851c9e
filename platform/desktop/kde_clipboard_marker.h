#pragma once

#include "platform/clipboard_marker.h"

namespace vaultlink::platform {

// Linux desktops: Klipper and other clipboard managers that honour KDE's password-manager hint
// keep no history of data carrying it. The hint travels in the MIME data, so nothing is left to
// do after the copy.
class KdeClipboardMarker final : public ClipboardMarker {
public:
    void markSensitive(QMimeData &data) const override;
    void afterCopy(std::chrono::seconds) const override {}
};

} // namespace vaultlink::platform
