#pragma once

#include "platform/clipboard_marker.h"

namespace vaultlink::platform {

// Android 13 and later show no preview of clips whose description carries EXTRA_IS_SENSITIVE,
// and keyboards that honour it keep such clips out of their clipboard history. Qt's Android
// clipboard copies only the text out of the MIME data, so the mark is added afterwards to the
// clip Qt put there.
class AndroidClipboardMarker final : public ClipboardMarker {
public:
    void markSensitive(QMimeData &) const override {}
    void afterCopy(std::chrono::seconds clearAfter) const override;
};

} // namespace vaultlink::platform
