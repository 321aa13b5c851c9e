#pragma once

#include "server/directory/users.h"
#include "server/vault/record.h"

#include <QJsonValue>
#include <QList>
#include <QMap>

#include <optional>

namespace vaultlink::server {

class Clock;
class Store;

// Who acts: a user working in one database, through a device session or (no device name) not.
struct Actor {
    qint64 userId = 0;
    qint64 databaseId = 0;
    UserRights rights;
    QString deviceName = {};
};

struct NewRecord {
    QString formId;
    std::optional<qint64> unitId; // none: a personal record
    QMap<QString, QJsonValue> values;
    QString clientRef = {}; // optional; a repeated create with the same reference returns the first
};

struct FieldChange {
    QString key;
    QJsonValue value;
    qint64 baseRevision = 0;
};

// Record writes under the rights rules. Each call is one transaction: a refusal changes nothing.
class Records {
public:
    Records(Store &store, const Clock &clock);

    // With a client reference already used by this user in this database, returns the record
    // created then and sets *replayed, instead of creating a duplicate.
    Record create(const Actor &actor, const NewRecord &record, bool *replayed = nullptr);
    // Per-field optimistic concurrency: a change whose base revision is not the field's
    // current one refuses the whole request with RevisionConflict, listing the server's
    // current value and revision of each conflicting field.
    Record update(const Actor &actor, qint64 recordId, const QList<FieldChange> &changes);
    Record get(const Actor &actor, qint64 recordId);
    // A user's deletion, on the condition that the record's revision (Record::revision) is still
    // baseRevision; otherwise RevisionConflict with every current field and the whole record. A
    // repeat of the user's own deletion succeeds again. The feed reports it as a removal.
    void remove(const Actor &actor, qint64 recordId, qint64 baseRevision);
    // The administrator's deletion: no rights, no condition.
    void remove(qint64 databaseId, qint64 recordId);
    // The administrator's change of fields (key → value): no rights, no condition; each field
    // changed gets its next revision, made by no device.
    Record set(qint64 databaseId, qint64 recordId, const QMap<QString, QJsonValue> &values);

private:
    Record requireVisible(const Actor &actor, qint64 recordId);
    // Writes the changes already checked; a new sequence when anything changed.
    void apply(Record &record, qint64 databaseId, const QList<FieldChange> &changes,
               const QString &deviceName);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace vaultlink::server
