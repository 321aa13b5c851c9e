#include "server/vault/record_store.h"

#include "server/store/sql.h"

#include <QHash>
#include <QStringList>

namespace vaultlink::server {

const Field *Record::field(const QString &key) const {
    for (const Field &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

qint64 Record::revision() const {
    qint64 sum = 0;
    for (const Field &f : fields)
        sum += f.revision;
    return sum;
}

namespace {
std::optional<qint64> optionalId(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
// Qt SQL binds a null QString as NULL; an empty field value is the empty string.
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant toVariant(const std::optional<qint64> &v) {
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullIfEmpty(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

QList<Record> loadRecords(Store &store, const QList<qint64> &ids) {
    if (ids.isEmpty())
        return {};
    QStringList idList;
    idList.reserve(ids.size());
    for (qint64 id : ids)
        idList.append(QString::number(id));
    const QString in = idList.join(QLatin1Char(','));
    QHash<qint64, Record> byId;
    QSqlQuery rq =
        run(store, QStringLiteral("SELECT id, database_id, form_id, unit_id, owner_id, "
                                  "created_by, created_at, seq, deleted, deleted_by, client_ref "
                                  "FROM records WHERE id IN (%1)")
                       .arg(in));
    while (rq.next()) {
        Record r;
        r.id = rq.value(0).toLongLong();
        r.databaseId = rq.value(1).toLongLong();
        r.formId = rq.value(2).toString();
        r.unitId = optionalId(rq.value(3));
        r.ownerId = optionalId(rq.value(4));
        r.createdBy = rq.value(5).toLongLong();
        r.createdAt = rq.value(6).toLongLong();
        r.seq = rq.value(7).toLongLong();
        r.deleted = rq.value(8).toBool();
        r.deletedBy = optionalId(rq.value(9));
        r.clientRef = rq.value(10).toString();
        byId.insert(r.id, r);
    }
    QSqlQuery fq = run(store, QStringLiteral("SELECT record_id, key, type, label, value, revision, "
                                             "modified_at, modified_by FROM fields WHERE "
                                             "record_id IN (%1) ORDER BY record_id, position")
                                  .arg(in));
    while (fq.next()) {
        auto it = byId.find(fq.value(0).toLongLong());
        if (it == byId.end())
            continue;
        it->fields.append({fq.value(1).toString(), fq.value(2).toString(), fq.value(3).toString(),
                           fq.value(4).toString(), fq.value(5).toLongLong(),
                           fq.value(6).toLongLong(), fq.value(7).toString()});
    }
    QList<Record> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.constEnd())
            out.append(*it);
    return out;
}

std::optional<Record> loadRecord(Store &store, qint64 id) {
    QList<Record> found = loadRecords(store, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Record>(found.first());
}

qint64 insertRecord(Store &store, const Record &record) {
    QSqlQuery q =
        run(store,
            QStringLiteral("INSERT INTO records(database_id, form_id, unit_id, owner_id, "
                           "created_by, created_at, seq, client_ref) VALUES(?, ?, ?, ?, "
                           "?, ?, ?, ?)"),
            {record.databaseId, record.formId, toVariant(record.unitId), toVariant(record.ownerId),
             record.createdBy, record.createdAt, record.seq, nullIfEmpty(record.clientRef)});
    const qint64 id = q.lastInsertId().toLongLong();
    int position = 0;
    for (const Field &field : record.fields)
        writeField(store, id, field, position++);
    return id;
}

void writeField(Store &store, qint64 recordId, const Field &field, int position) {
    run(store,
        QStringLiteral("INSERT OR REPLACE INTO fields(record_id, key, type, label, value, "
                       "revision, modified_at, modified_by, position) VALUES(?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {recordId, field.key, field.type, field.label, notNull(field.value), field.revision,
         field.modifiedAt, nullIfEmpty(field.modifiedBy), position});
}

void setRecordSequence(Store &store, qint64 recordId, qint64 seq) {
    run(store, QStringLiteral("UPDATE records SET seq = ? WHERE id = ?"), {seq, recordId});
}

void markDeleted(Store &store, qint64 recordId, qint64 seq, std::optional<qint64> deletedBy) {
    run(store, QStringLiteral("DELETE FROM fields WHERE record_id = ?"), {recordId});
    run(store,
        QStringLiteral("UPDATE records SET deleted = 1, deleted_by = ?, seq = ? WHERE id = ?"),
        {toVariant(deletedBy), seq, recordId});
}

} // namespace vaultlink::server
