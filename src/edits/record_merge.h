#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace vaultlink {

// A value the user gave one field on this device that the server does not hold yet.
struct LocalEdit {
    QJsonValue value; // a string, or an array of strings for `tags`
    qint64 at = 0;    // device clock (ms since the epoch): shown to the user, never decides
};
using LocalEdits = QMap<QString, LocalEdit>; // by field key

// A field both sides changed, to different values. The server's value stands; the local one is
// kept here for the user to re-apply or discard.
struct FieldConflict {
    QString key;
    QString type;
    LocalEdit local;
    QJsonObject server; // the server's field object: value, revision, modifiedAt, modifiedBy
};

// What a record with local edits becomes against the server's record (docs/api.md §6 record
// objects), field by field, three-way:
// - a field only this device changed since `base` keeps the local value (it is to be sent, with
//   the remote field's revision as its base revision);
// - a field only the server changed takes the server's value;
// - a field both changed to the same value is agreed, nothing to send;
// - a field both changed differently: the server's value stands (its revision order decides,
//   never a device clock) and the local value becomes a conflict;
// - `tags`, a set, merge as one: the tags this device added since the base are added to the
//   server's, those it removed are removed, so both sides' changes survive;
// - an edited field the server's record no longer has (its form lost it) is kept in `gone`;
// - an edit back to the base's value is no change.
// `base` is the server's record the edits were made against; a field it lacks (added to the form
// since) counts as revision 1 there, as the form made it.
struct FieldMerge {
    QJsonObject shown; // the server's record with `toSend` applied: what the device shows
    LocalEdits toSend; // still differing from the server, to be sent against `shown`'s
                       // revisions (which are the server's)
    QList<FieldConflict> conflicts;
    QList<FieldConflict> gone; // `server` empty
};

FieldMerge mergeFields(const QJsonObject &base, const LocalEdits &local, const QJsonObject &remote);

// A record's revision as docs/api.md §6 defines it: the sum of its fields' revisions, which grows
// with any change of any field. A deletion is sent against it.
qint64 recordRevision(const QJsonObject &record);

// The field object with this key, if the record has one.
std::optional<QJsonObject> fieldOf(const QJsonObject &record, const QString &key);

// A copy of the record with these fields' values replaced (revisions and times unchanged).
QJsonObject withValues(const QJsonObject &record, const LocalEdits &values);

} // namespace vaultlink
