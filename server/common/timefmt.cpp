#include "server/common/timefmt.h"

#include <QDateTime>

namespace vaultlink::server {

QString isoTime(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace vaultlink::server
