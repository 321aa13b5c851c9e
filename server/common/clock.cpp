#include "server/common/clock.h"

#include <QDateTime>

namespace vaultlink::server {

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace vaultlink::server
