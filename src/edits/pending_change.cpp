#include "src/edits/pending_change.h"

#include <QJsonArray>

namespace vaultlink {

QJsonObject shownRecord(const PendingChange &change) {
    if (change.kind == PendingChange::Kind::Delete)
        return {};
    return withValues(change.base, change.edits);
}

namespace {
// Every field of the record as this device shows it, as the values of a creation.
LocalEdits allValues(const PendingChange &change) {
    LocalEdits values;
    const QJsonObject shown = shownRecord(change);
    for (const QJsonValue field : shown.value(QLatin1String("fields")).toArray()) {
        const QString key = field.toObject().value(QLatin1String("key")).toString();
        values.insert(key,
                      {field.toObject().value(QLatin1String("value")), change.edits.value(key).at});
    }
    return values;
}

Resolution resolveEdit(const PendingChange &change, const QJsonObject &remote) {
    const FieldMerge merge = mergeFields(change.base, change.edits, remote);
    Resolution result;
    result.outcome =
        merge.toSend.isEmpty() ? Resolution::Outcome::Settled : Resolution::Outcome::Send;
    result.change = change;
    result.change.base = remote;
    result.change.edits = merge.toSend;
    result.shown = merge.shown;
    for (const FieldConflict &conflict : merge.conflicts)
        result.notes.append({0, ChangeNote::Kind::Field, change.recordId, conflict.key,
                             conflict.type, conflict.local, conflict.server});
    for (const FieldConflict &gone : merge.gone)
        result.notes.append(
            {0, ChangeNote::Kind::FieldGone, change.recordId, gone.key, gone.type, gone.local, {}});
    return result;
}

Resolution recreate(const PendingChange &change, const NewIdentity &identity) {
    Resolution result;
    result.outcome = Resolution::Outcome::Recreate;
    PendingChange &creation = result.change;
    creation.recordId = identity.localId;
    creation.kind = PendingChange::Kind::Create;
    creation.edits = allValues(change);
    creation.base = change.base;
    creation.base.insert(QLatin1String("id"), identity.localId);
    creation.form = change.base.value(QLatin1String("form")).toString();
    const QJsonValue unit = change.base.value(QLatin1String("unit"));
    if (unit.isDouble())
        creation.unit = unit.toInteger();
    creation.clientRef = identity.clientRef;
    creation.version = change.version;
    result.shown = shownRecord(creation);
    result.notes.append(
        {0, ChangeNote::Kind::Recreated, identity.localId, {}, {}, {}, change.base});
    return result;
}
} // namespace

Resolution resolve(const PendingChange &change, const std::optional<QJsonObject> &remote,
                   const NewIdentity &ifRecreated) {
    switch (change.kind) {
    case PendingChange::Kind::Create:
        return {Resolution::Outcome::Send, change, shownRecord(change), {}};
    case PendingChange::Kind::Edit:
        return remote ? resolveEdit(change, *remote) : recreate(change, ifRecreated);
    case PendingChange::Kind::Delete:
        break;
    }
    if (!remote)
        return {Resolution::Outcome::Gone, change, {}, {}};
    if (recordRevision(*remote) != recordRevision(change.base))
        return {Resolution::Outcome::Restore,
                change,
                *remote,
                {{0, ChangeNote::Kind::Restored, change.recordId, {}, {}, {}, *remote}}};
    PendingChange rebased = change;
    rebased.base = *remote;
    return {Resolution::Outcome::Send, rebased, {}, {}};
}

} // namespace vaultlink
