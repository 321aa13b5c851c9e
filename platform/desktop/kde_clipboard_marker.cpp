#include "platform/desktop/kde_clipboard_marker.h"

#include <QMimeData>

namespace vaultlink::platform {

void KdeClipboardMarker::markSensitive(QMimeData &data) const {
    data.setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
}

} // namespace vaultlink::platform
