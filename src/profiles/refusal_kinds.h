#pragma once

#include "src/profiles/failure.h"

#include <QString>

#include <span>

namespace vaultlink {

// The client's side of docs/api.md §4: every refusal code the server may send, with what kind
// of failure it is for the user (the words are the front ends'). tests/unit/contract holds this
// table, the server's and the document to the same set of codes.
struct RefusalKind {
    QLatin1StringView code;
    Failure::Kind kind = Failure::Kind::Server;
};
std::span<const RefusalKind> refusalKinds();

// The kind of a refusal code; a code this version does not know (a newer server) is the server's.
Failure::Kind refusalKind(const QString &code);

} // namespace vaultlink
