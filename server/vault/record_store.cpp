#include "server/vault/record_store.h"

#include "server/store/row_reader.h"
#include "server/store/sql.h"
#include "server/store/store.h"

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
std::optional<qint64> optionalId(const RowReader &row, int column) {
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.integer(column));
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

QString recordColumns(const QString &a) {
    return QStringLiteral("%1.id, %1.database_id, %1.form_id, %1.unit_id, %1.owner_id, "
                          "%1.created_by, %1.created_at, %1.seq, %1.deleted, %1.deleted_by, "
                          "%1.client_ref")
        .arg(a);
}

Record readRecord(RowReader &row, int first) {
    Record r;
    r.id = row.integer(first);
    r.databaseId = row.integer(first + 1);
    r.formId = row.word(first + 2);
    r.unitId = optionalId(row, first + 3);
    r.ownerId = optionalId(row, first + 4);
    r.createdBy = row.integer(first + 5);
    r.createdAt = row.integer(first + 6);
    r.seq = row.integer(first + 7);
    r.deleted = row.integer(first + 8) != 0;
    r.deletedBy = optionalId(row, first + 9);
    r.clientRef = row.text(first + 10);
    return r;
}

QString fieldColumns(const QString &a) {
    return QStringLiteral("%1.key, %1.type, %1.label, %1.value, %1.revision, %1.modified_at, "
                          "%1.modified_by")
        .arg(a);
}

Field readField(RowReader &row, int first) {
    return {row.word(first),     row.word(first + 1),    row.word(first + 2),
            row.text(first + 3), row.integer(first + 4), row.integer(first + 5),
            row.word(first + 6)};
}

std::optional<Record> loadRecord(Store &store, qint64 id) {
    static const QString recordSql = QStringLiteral("SELECT %1 FROM records r WHERE r.id = ?")
                                         .arg(recordColumns(QStringLiteral("r")));
    static const QString fieldsSql =
        QStringLiteral("SELECT %1 FROM fields f WHERE f.record_id = ? ORDER BY f.position")
            .arg(fieldColumns(QStringLiteral("f")));
    RowReader &records = store.reader(recordSql);
    records.exec({id});
    if (!records.next())
        return std::nullopt;
    Record record = readRecord(records, 0);
    records.finish();
    RowReader &fields = store.reader(fieldsSql);
    fields.exec({id});
    while (fields.next())
        record.fields.append(readField(fields, 0));
    return record;
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
