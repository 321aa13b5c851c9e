#pragma once

#include "src/crypto/secure_buffer.h"

#include <QString>

namespace vaultlink::cli {

class Output;

// Whether this run can reach the desktop's clipboard: a desktop session (X11 or Wayland) or a
// platform chosen by QT_QPA_PLATFORM. Decided before the application object is made, since
// only a GUI application has a clipboard and one without a display aborts.
bool clipboardReachable();

// fill --pick: `value` on the clipboard, marked for clipboard managers to skip (KDE's hint), and
// cleared after `seconds` unless something else was copied meanwhile; Ctrl-C clears it at once.
// Waits until then: on X11 the clipboard's content lives in the process that copied it. Throws
// a usage failure ("no-clipboard") when this run has no clipboard.
void copyUntilCleared(const Output &out, const SecureBuffer &value, int seconds,
                      const QString &what);

} // namespace vaultlink::cli
