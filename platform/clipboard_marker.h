#pragma once

#include <memory>

class QMimeData;

namespace vaultlink::platform {

// Marks copied secrets so that the platform keeps them out of clipboard history and previews:
// Android's ClipDescription EXTRA_IS_SENSITIVE, iOS's local-only pasteboard items, the KDE hint
// on Linux desktops. Where the platform has no such mark, nothing is added (the clipboard guard
// still clears the secret after its delay).
class ClipboardMarker {
public:
    virtual ~ClipboardMarker() = default;
    virtual void markSensitive(QMimeData &data) const = 0;
};

// The platform's marker, chosen once at build time.
std::unique_ptr<ClipboardMarker> makeClipboardMarker();

} // namespace vaultlink::platform
