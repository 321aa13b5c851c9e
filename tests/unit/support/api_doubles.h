#pragma once

#include "src/api/api_error.h"
#include "tests/unit/support/doubles.h"

namespace vaultlink::testing {

// The ApiError a call throws; records a test failure when it throws none.
inline ApiError thrownBy(const std::function<void()> &call) {
    return thrownBy<ApiError>(call, [] { return ApiError::badAnswer(QStringLiteral("(none)")); });
}

} // namespace vaultlink::testing
