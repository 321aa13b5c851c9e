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
    if (m_waiting > 0)
        parts.append(tr("%n change(s) wait(s) to be sent", nullptr, static_cast<int>(m_waiting)));
    if (m_offlineLeft >= 0)
        parts.append(offlineLine());
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatus::offlineLine() const {
    if (m_offlineLeft < 0)
        return {};
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    // Whole units, rounded down, in the largest that gives at least two (or one minute).
    const auto whole = [](qint64 seconds, qint64 unit) { return static_cast<int>(seconds / unit); };
    if (m_offlineLeft >= 2 * day)
        return tr("Offline access ends in %n day(s)", nullptr, whole(m_offlineLeft, day));
    if (m_offlineLeft >= 2 * hour)
        return tr("Offline access ends in %n hour(s)", nullptr, whole(m_offlineLeft, hour));
    return tr("Offline access ends in %n minute(s)", nullptr,
              std::max(1, whole(m_offlineLeft, 60)));
}

void SyncStatus::setOfflineLeft(qint64 seconds) {
    const qint64 left = std::max<qint64>(-1, seconds);
    if (left == m_offlineLeft)
        return;
    m_offlineLeft = left;
    emit changed();
}

QString SyncStatus::attentionLine() const {
    QStringList parts;
    if (m_refused > 0)
        parts.append(tr("%n change(s) refused by the server", nullptr, m_refused));
    if (m_notes > 0)
        parts.append(tr("%n conflict(s) to review", nullptr, m_notes));
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatus::pushLine() const {
    QStringList parts;
    if (m_push.sent > 0)
        parts.append(tr("Sent %n change(s).", nullptr, m_push.sent));
    if (m_push.refused > 0)
        parts.append(tr("The server refused %n change(s).", nullptr, m_push.refused));
    if (m_push.notes > 0)
        parts.append(tr("%n new conflict(s) to review.", nullptr, m_push.notes));
    return parts.join(QLatin1Char(' '));
}

QString SyncStatus::failureLine() const {
    return m_error.isEmpty() ? QString() : tr("The last synchronization failed: %1").arg(m_error);
}

void SyncStatus::setStored(qint64 recordCount, const QDateTime &lastSync) {
    m_recordCount = recordCount;
    m_lastSync = lastSync;
    emit changed();
}

void SyncStatus::setLocal(qint64 waiting, int refused, int notes) {
    m_waiting = waiting;
    m_refused = refused;
    m_notes = notes;
    emit changed();
}

void SyncStatus::clear() {
    m_error.clear();
    m_notice.clear();
    m_pending = 0;
    m_push = {};
    m_offlineLeft = -1;
    emit changed();
}

void SyncStatus::start() {
    m_syncing = true;
    m_received = 0;
    m_total = 0;
    m_error.clear();
    m_notice.clear();
    m_push = {};
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

void SyncStatus::succeed(const QString &notice, const QString &error, const PushReport &push) {
    m_syncing = false;
    m_pending = 0;
    m_notice = notice;
    m_error = error;
    m_push = push;
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
