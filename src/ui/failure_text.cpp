#include "src/ui/failure_text.h"

#include "src/profiles/failure.h"

namespace vaultlink::ui {

// For now the core's own message; the app's own renderer (translated, by kind and code) is to
// replace this body, and every page follows.
QString failureText(const Failure &failure) {
    return failure.message();
}

} // namespace vaultlink::ui
