#pragma once

#include "src/profiles/failure.h"

#include <QString>

namespace vaultlink {

struct RefusalText {
    Failure::Kind kind;
    QString message; // what happened and what the user can do about it
};

// The user's side of each refusal code of docs/api.md §4; unknown codes (a newer server) get a
// generic text with the code.
RefusalText refusalText(const QString &code);

} // namespace vaultlink
