#pragma once

#include "platform/clipboard_marker.h"

namespace vaultlink::platform {

// Android 13 and later show no preview of clips whose description carries EXTRA_IS_SENSITIVE,
// and keyboards that honour it keep such clips out of their clipboard history. Qt's Android
// clipboard copies only the text out of the MIME data, so the mark is added afterwards: the
// clip Qt put there is put back as a copy labelled as Vaultlink's, with the mark. Qt's event
// loop, and the guard's timer with it, is paused while the app is in the background, so each
// secret also gets a JobScheduler job (ClipboardClearJob.java) that clears the clipboard after
// the guard's delay; afterClear cancels it.
class AndroidClipboardMarker final : public ClipboardMarker {
public:
    void markSensitive(QMimeData &) const override {}
    void afterCopy(std::chrono::seconds clearAfter) const override;
    void afterClear() const override;
};

} // namespace vaultlink::platform
