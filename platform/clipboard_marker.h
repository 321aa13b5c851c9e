#pragma once

#include <chrono>
#include <memory>

class QMimeData;

namespace vaultlink::platform {

// Marks copied secrets so that the platform keeps them out of clipboard history and previews:
// Android's ClipDescription EXTRA_IS_SENSITIVE, iOS's local-only pasteboard items that expire,
// the KDE hint on Linux desktops. Where the platform has no such mark, nothing is added (the
// clipboard guard still clears the secret after its delay).
// The guard's timer does not run where the platform pauses a background app's event loop, so
// the platform clears the secret by itself after the same delay: Android through a JobScheduler
// job, iOS through the items' expiration date. Desktops keep the event loop running in the
// background: the guard's timer is enough there.
class ClipboardMarker {
public:
    virtual ~ClipboardMarker() = default;
    // Before the data reaches the clipboard: for marks that travel inside the MIME data.
    virtual void markSensitive(QMimeData &data) const = 0;
    // Right after the guard put a secret on the clipboard, which it clears after `clearAfter`.
    // Qt's Android and iOS clipboards pass on only the text, so the mark is added to the
    // system's clipboard in place, and the platform's own clear is set up there.
    virtual void afterCopy(std::chrono::seconds clearAfter) const = 0;
    // The guard cleared the secret itself, or found that something else was copied since: the
    // platform's own clear is no longer wanted (Android cancels its job).
    virtual void afterClear() const {}
};

// The platform's marker, chosen once at build time.
std::unique_ptr<ClipboardMarker> makeClipboardMarker();

} // namespace vaultlink::platform
