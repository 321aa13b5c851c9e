#pragma once

#include <QString>

namespace vaultlink {
class Failure;
}

namespace vaultlink::ui {

// The one place where a view-model turns a failure into the text a page shows, so that the
// wording can change for every page at once.
QString failureText(const Failure &failure);

} // namespace vaultlink::ui
