#pragma once

#include <QDateTime>

namespace vaultlink {

// Where the client reads the time (token expiry, offline limit, back-off); tests move it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace vaultlink
