#include "server/auth/audit_events.h"

#include "server/store/settings.h"
#include "server/store/sql.h"

#include <QJsonDocument>

#include <algorithm>

namespace vaultlink::server {

namespace {
QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

// Qt SQL binds a null QString as NULL, which would match nothing.
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

void recordEvent(Store &store, qint64 nowMs, const char *kind, const EventSubject &subject,
                 const QJsonObject &detail) {
    run(store,
        QStringLiteral("INSERT INTO events(at, kind, user_id, device, database_id, detail) "
                       "VALUES(?, ?, ?, ?, ?, ?)"),
        {nowMs, QString::fromLatin1(kind), idOrNull(subject.userId), idOrNull(subject.deviceRowId),
         idOrNull(subject.databaseId),
         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

QList<EventRow> listEvents(Store &store, const EventFilter &filter) {
    const QString user = notNull(filter.userName);
    const QString device = notNull(filter.deviceId);
    // The newest `limit` by id (ids grow with time), then turned round to read oldest first.
    QSqlQuery q =
        run(store,
            QStringLiteral(
                "SELECT e.id, e.at, e.kind, COALESCE(u.name, ''), COALESCE(d.device_id, ''), "
                "COALESCE(d.name, ''), COALESCE(b.name, ''), e.detail FROM events e "
                "LEFT JOIN users u ON u.id = e.user_id LEFT JOIN devices d ON d.id = e.device "
                "LEFT JOIN databases b ON b.id = e.database_id "
                "WHERE e.at >= ? AND (? = '' OR u.name = ?) AND (? = '' OR d.device_id = ?) "
                "ORDER BY e.id DESC LIMIT ?"),
            {filter.sinceMs, user, user, device, device, filter.limit});
    QList<EventRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(),
                     QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object()});
    std::reverse(rows.begin(), rows.end());
    return rows;
}

int deleteOldEvents(Store &store, qint64 nowMs) {
    const qint64 days = Settings::load(store).number(setting::kEventRetentionDays);
    const QSqlQuery q = run(store, QStringLiteral("DELETE FROM events WHERE at < ?"),
                            {nowMs - days * 24 * 3600 * 1000});
    return q.numRowsAffected();
}

} // namespace vaultlink::server
