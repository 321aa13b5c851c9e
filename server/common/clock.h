#pragma once

#include <QtGlobal>

namespace vaultlink::server {

// Every expiry on the server reads time through this seam so tests can move it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

} // namespace vaultlink::server
