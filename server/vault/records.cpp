#include "server/vault/records.h"

#include "server/common/clock.h"
#include "server/common/refusal.h"
#include "server/directory/forms.h"
#include "server/directory/sequence.h"
#include "server/directory/units.h"
#include "server/store/sql.h"
#include "server/store/store.h"
#include "server/vault/record_json.h"
#include "server/vault/record_store.h"
#include "server/vault/visibility.h"

#include <QJsonArray>

namespace vaultlink::server {

namespace {
QString storedOrRefuse(const FieldSpec &spec, const QJsonValue &value) {
    QString stored;
    if (!storedValue(spec.type, value, &stored))
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("field '%1' of type %2 needs %3")
                          .arg(spec.key, spec.type,
                               spec.type == QLatin1String("tags")
                                   ? QStringLiteral("an array of non-empty strings")
                                   : QStringLiteral("a string")));
    return stored;
}
} // namespace

Records::Records(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

Record Records::create(const Actor &actor, const NewRecord &request, bool *replayed) {
    if (replayed)
        *replayed = false;
    if (request.clientRef.size() > 128)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("a client reference has at most 128 characters"));
    const auto form = findForm(request.formId);
    if (!form)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("unknown form '%1'").arg(request.formId));
    Transaction tx(m_store);
    if (!request.clientRef.isEmpty()) {
        const QVariant earlier =
            queryValue(m_store,
                       QStringLiteral("SELECT id FROM records WHERE database_id = ? AND "
                                      "created_by = ? AND client_ref = ?"),
                       {actor.databaseId, actor.userId, request.clientRef});
        if (earlier.isValid()) {
            if (replayed)
                *replayed = true;
            return requireVisible(actor, earlier.toLongLong());
        }
    }
    if (request.unitId && unitDatabase(m_store, *request.unitId) != actor.databaseId)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("unit %1 is not in this database").arg(*request.unitId));
    const qint64 *unit = request.unitId ? &*request.unitId : nullptr;
    if (!canCreate(m_store, actor.rights, actor.userId, unit))
        throw Refusal(Error::Forbidden,
                      unit ? QStringLiteral("creating passwords in this unit needs the right "
                                            "\"can create new passwords\" and the add right")
                           : QStringLiteral("creating personal passwords needs the right "
                                            "\"can create personal records\""));
    for (auto it = request.values.begin(); it != request.values.end(); ++it) {
        const bool known = std::any_of(form->fields.begin(), form->fields.end(),
                                       [&](const FieldSpec &s) { return s.key == it.key(); });
        if (!known)
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("form '%1' has no field '%2'").arg(form->id, it.key()));
    }
    const qint64 now = m_clock.nowMs();
    Record record;
    record.databaseId = actor.databaseId;
    record.formId = form->id;
    record.unitId = request.unitId;
    if (!request.unitId)
        record.ownerId = actor.userId;
    record.createdBy = actor.userId;
    record.createdAt = now;
    record.clientRef = request.clientRef;
    for (const FieldSpec &spec : form->fields) {
        const QJsonValue wire = request.values.value(spec.key, spec.type == QLatin1String("tags")
                                                                   ? QJsonValue(QJsonArray())
                                                                   : QJsonValue(QString()));
        record.fields.append({spec.key, spec.type, spec.label, storedOrRefuse(spec, wire), 1, now,
                              actor.deviceName});
    }
    if (record.field(QStringLiteral("name"))->value.trimmed().isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("a record needs a non-empty name"));
    record.seq = nextSequence(m_store, actor.databaseId);
    record.id = insertRecord(m_store, record);
    tx.commit();
    return record;
}

Record Records::update(const Actor &actor, qint64 recordId, const QList<FieldChange> &changes) {
    if (changes.isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("no changes given"));
    Transaction tx(m_store);
    Record record = requireVisible(actor, recordId);
    if (!canEdit(m_store, record, actor.userId))
        throw Refusal(Error::Forbidden, QStringLiteral("the user may not edit this record"));
    QJsonArray conflicts;
    for (const FieldChange &change : changes) {
        const Field *field = record.field(change.key);
        if (!field)
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("the record has no field '%1'").arg(change.key));
        const QString stored =
            storedOrRefuse({field->key, field->type, field->label}, change.value);
        // A retry of a change that already landed finds the server holding that very value:
        // that is agreement, not a conflict.
        if (field->revision != change.baseRevision && field->value != stored)
            conflicts.append(fieldJson(*field));
    }
    if (!conflicts.isEmpty())
        throw Refusal(Error::RevisionConflict,
                      QStringLiteral("%1 field(s) changed on the server since the given revision")
                          .arg(conflicts.size()),
                      {{QStringLiteral("conflicts"), conflicts}});
    apply(record, actor.databaseId, changes, actor.deviceName);
    tx.commit();
    return record;
}

void Records::apply(Record &record, qint64 databaseId, const QList<FieldChange> &changes,
                    const QString &deviceName) {
    const qint64 now = m_clock.nowMs();
    bool changed = false;
    for (const FieldChange &change : changes) {
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            Field &field = record.fields[i];
            if (field.key != change.key)
                continue;
            const QString stored =
                storedOrRefuse({field.key, field.type, field.label}, change.value);
            if (stored == field.value)
                break; // a retried request must not bump the revision again
            if (field.key == QLatin1String("name") && stored.trimmed().isEmpty())
                throw Refusal(Error::InvalidRequest,
                              QStringLiteral("a record needs a non-empty name"));
            field.value = stored;
            field.revision += 1;
            field.modifiedAt = now;
            field.modifiedBy = deviceName;
            writeField(m_store, record.id, field, static_cast<int>(i));
            changed = true;
        }
    }
    if (changed) {
        record.seq = nextSequence(m_store, databaseId);
        setRecordSequence(m_store, record.id, record.seq);
    }
}

Record Records::set(qint64 databaseId, qint64 recordId, const QMap<QString, QJsonValue> &values) {
    if (values.isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("no changes given"));
    Transaction tx(m_store);
    auto record = loadRecord(m_store, recordId);
    if (!record || record->deleted || record->databaseId != databaseId)
        throw Refusal(Error::RecordUnknown, QStringLiteral("there is no record %1").arg(recordId));
    QList<FieldChange> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Field *field = record->field(it.key());
        if (!field)
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("the record has no field '%1'").arg(it.key()));
        changes.append({it.key(), it.value(), field->revision});
    }
    apply(*record, databaseId, changes, QString());
    tx.commit();
    return *record;
}

Record Records::get(const Actor &actor, qint64 recordId) {
    return requireVisible(actor, recordId);
}

void Records::remove(const Actor &actor, qint64 recordId, qint64 baseRevision) {
    Transaction tx(m_store);
    const auto stored = loadRecord(m_store, recordId);
    // A retry after a lost answer finds the record gone by this user's own hand.
    if (stored && stored->deleted && stored->databaseId == actor.databaseId &&
        stored->deletedBy == actor.userId)
        return;
    const Record record = requireVisible(actor, recordId);
    if (!canDelete(m_store, record, actor.userId))
        throw Refusal(Error::Forbidden,
                      QStringLiteral("deleting records of this unit needs the read and delete "
                                     "rights on it"));
    // The whole record, not only a field: a deletion would destroy a change made elsewhere.
    if (record.revision() != baseRevision) {
        QJsonArray fields;
        for (const Field &field : record.fields)
            fields.append(fieldJson(field));
        throw Refusal(Error::RevisionConflict,
                      QStringLiteral("the record changed on the server since revision %1 (it is "
                                     "at %2 now); nothing was deleted")
                          .arg(baseRevision)
                          .arg(record.revision()),
                      {{QStringLiteral("conflicts"), fields},
                       {QStringLiteral("record"), recordJson(record)}});
    }
    markDeleted(m_store, recordId, nextSequence(m_store, actor.databaseId), actor.userId);
    tx.commit();
}

void Records::remove(qint64 databaseId, qint64 recordId) {
    Transaction tx(m_store);
    const auto record = loadRecord(m_store, recordId);
    if (!record || record->deleted || record->databaseId != databaseId)
        throw Refusal(Error::RecordUnknown, QStringLiteral("there is no record %1").arg(recordId));
    markDeleted(m_store, recordId, nextSequence(m_store, databaseId), std::nullopt);
    tx.commit();
}

Record Records::requireVisible(const Actor &actor, qint64 recordId) {
    auto record = loadRecord(m_store, recordId);
    if (!record || record->databaseId != actor.databaseId ||
        !canRead(m_store, *record, actor.userId))
        throw Refusal(Error::RecordUnknown,
                      QStringLiteral("record %1 does not exist or is not visible").arg(recordId));
    return *record;
}

} // namespace vaultlink::server
