#pragma once

#include <chrono>
#include <memory>

class QMimeData;

namespace vaultlink::platform {

// Marks copied secrets so that the platform keeps them out of clipboard history and previews:
// Android's ClipDescription EXTRA_IS_SENSITIVE, iOS's local-only pasteboard items that expire,
// the KDE hint on Linux desktops. Where the platform has no such mark, nothing is added (the
// clipboard guard still clears the secret after its delay).
class ClipboardMarker {
public:
    virtual ~ClipboardMarker() = default;
    // Before the data reaches the clipboard: for marks that travel inside the MIME data.
    virtual void markSensitive(QMimeData &data) const = 0;
    // Right after the guard put a secret on the clipboard. Qt's Android and iOS clipboards pass
    // on only the text, so the mark is added to the system's clipboard in place.
    virtual void afterCopy(std::chrono::seconds clearAfter) const = 0;
};

// The platform's marker, chosen once at build time.
std::unique_ptr<ClipboardMarker> makeClipboardMarker();

} // namespace vaultlink::platform
