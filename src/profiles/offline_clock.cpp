#include "src/profiles/offline_clock.h"

#include "src/profiles/mirror_token_store.h"
#include "src/storage/mirror.h"

#include <algorithm>

namespace vaultlink {

namespace {
QString timeText(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

qint64 OfflineClock::observe(const QDateTime &now) {
    qint64 countedMs = 0;
    const QStringList keys = {QLatin1String(mirror_keys::offlineReading),
                              QLatin1String(mirror_keys::offlineCountedMs),
                              QLatin1String(mirror_keys::lastContactAt)};
    // Read and written in one transaction: another process may be reading the vault too.
    m_mirror.updateValues(keys, [&](const QStringList &values) {
        QDateTime previous = QDateTime::fromString(values.at(0), Qt::ISODateWithMs);
        bool known = false;
        countedMs = values.at(1).toLongLong(&known);
        if (!previous.isValid() || !known || countedMs < 0) {
            // A mirror from before the count (or one never synced): from the last contact.
            previous = QDateTime::fromString(values.at(2), Qt::ISODateWithMs);
            countedMs = 0;
        }
        if (previous.isValid())
            countedMs += std::max<qint64>(previous.msecsTo(now), 0);
        return QList<QPair<QString, QString>>{{keys.at(0), timeText(now)},
                                              {keys.at(1), QString::number(countedMs)}};
    });
    return countedMs / 1000;
}

QList<QPair<QString, QString>> OfflineClock::restartedAt(const QDateTime &now) {
    return {{QLatin1String(mirror_keys::offlineReading), timeText(now)},
            {QLatin1String(mirror_keys::offlineCountedMs), QStringLiteral("0")}};
}

} // namespace vaultlink
