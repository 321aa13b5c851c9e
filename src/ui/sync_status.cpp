#include "src/ui/sync_status.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace vaultlink::ui {

QString SyncStatus::line() const {
    if (m_syncing)
        return m_total > 0 ? tr("Synchronizing: %1 of %2").arg(m_received).arg(m_total)
                           : tr("Synchronizing…");
    // The time as the user's clock shows it: the mirror keeps it in UTC.
    const QString when = m_lastSync.isValid()
                             ? QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat)
                             : tr("never");
    QStringList parts{tr("%n record(s)", nullptr, static_cast<int>(m_recordCount)),
                      tr("last synchronized %1").arg(when)};
    if (m_pending > 0)
        parts.append(tr("%n record(s) still to synchronize", nullptr, static_cast<int>(m_pending)));
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatus::failureLine() const {
    return m_error.isEmpty() ? QString() : tr("The last synchronization failed: %1").arg(m_error);
}

void SyncStatus::setStored(qint64 recordCount, const QDateTime &lastSync) {
    m_recordCount = recordCount;
    m_lastSync = lastSync;
    emit changed();
}

void SyncStatus::clear() {
    m_error.clear();
    m_notice.clear();
    m_pending = 0;
    emit changed();
}

void SyncStatus::start() {
    m_syncing = true;
    m_received = 0;
    m_total = 0;
    m_error.clear();
    m_notice.clear();
    emit changed();
}

void SyncStatus::setProgress(qint64 received, qint64 total) {
    m_received = received;
    m_total = total;
    emit changed();
}

void SyncStatus::stop() {
    m_syncing = false;
    emit changed();
}

void SyncStatus::succeed(const QString &notice, const QString &error) {
    m_syncing = false;
    m_pending = 0;
    m_notice = notice;
    m_error = error;
    emit changed();
}

void SyncStatus::fail(const QString &error) {
    m_syncing = false;
    m_error = error;
    m_pending = std::max<qint64>(0, m_total - m_recordCount);
    emit changed();
}

void SyncStatus::failToStart(const QString &error) {
    m_syncing = false;
    m_error = error;
    emit changed();
}

} // namespace vaultlink::ui
