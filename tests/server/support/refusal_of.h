#pragma once

#include "server/common/refusal.h"

#include <functional>

namespace vaultlink::server::test {

// The refusal a call throws; Error::Internal (never thrown by the domain) when it throws none.
inline Error refusalOf(const std::function<void()> &call) {
    try {
        call();
    } catch (const Refusal &refusal) {
        return refusal.error();
    }
    return Error::Internal;
}

} // namespace vaultlink::server::test
