#pragma once

#include <QString>

namespace vaultlink::server {

// The API's one time format: RFC 3339 UTC with milliseconds.
QString isoTime(qint64 msSinceEpoch);

} // namespace vaultlink::server
