#pragma once

#include "src/api/api_types.h"
#include "src/base/message.h"
#include "src/storage/mirror.h"

#include <QJsonValue>
#include <QMap>

#include <optional>

namespace vaultlink {

class Clock;

// What the server lets the user do, as it said at the last sync (GET /session and /forms),
// kept in the mirror so that it holds offline too.
struct WritePermissions {
    UserRights user;
    QList<FormInfo> forms;

    // The mirror's copy; empty (no forms, no rights) before the first sync that stored them.
    static WritePermissions load(Mirror &mirror);
    static QList<QPair<QString, QString>> values(const UserRights &user,
                                                 const QList<FormInfo> &forms);
};

// Throws the Failure a whyNot… answer stands for (Kind::NotAllowed for the user's rights, Usage
// otherwise); nothing for an empty one.
void refuseIf(const Message &why);

using FieldValues = QMap<QString, QJsonValue>; // key → a string, or an array of strings (tags)

// Creating, changing and deleting records on this device, online or not: each change is written
// to the mirror at once, with an outbox entry holding what it was made against
// (src/edits/pending_change.h), so that lists, search and the record show it at once and it
// survives a crash; the next sync sends it (src/sync/pusher.h). Only what the user's rights
// allow is done: otherwise a Failure (Kind::Usage) says why, with the same message the whyNot…
// calls give a front end that wants to grey something out.
class RecordEditor {
public:
    RecordEditor(Mirror &mirror, const Clock &clock);

    const WritePermissions &permissions() const { return m_permissions; }

    // An id a record had before a sync gave it another (created here, then sent) names it still
    // in the calls below (Mirror::currentId).

    // Empty when allowed; otherwise why not. `unit` empty: a personal record.
    Message whyNotCreate(std::optional<qint64> unit) const;
    Message whyNotEdit(qint64 id);
    Message whyNotDelete(qint64 id);

    // The new record's (local, negative) id. Fields not given start empty; `name` is required.
    qint64 create(const QString &form, std::optional<qint64> unit, const FieldValues &values);
    // Values equal to the record's are no change; a password's old value goes to its history.
    void edit(qint64 id, const FieldValues &values);
    // A record created here and not sent yet is simply gone; any other is deleted on the server
    // at the next sync (unless someone changed it there meanwhile: then it stays, with a note).
    void remove(qint64 id);

    // The record's pending change undone: it shows the server's record again (a record created
    // here is gone).
    void discard(qint64 id);
    // A change the server refused is sent again at the next sync.
    void retry(qint64 id);
    // A note's local value put back as a new change (sent against the server's value now), or
    // the server's value accepted; either way the note goes.
    void keepLocal(qint64 noteId);
    void keepServer(qint64 noteId);

private:
    std::optional<QJsonObject> shown(qint64 id);
    const FormInfo *form(const QString &id) const;
    QString unitName(qint64 unit) const;
    ChangeNote note(qint64 noteId);

    Mirror &m_mirror;
    const Clock &m_clock;
    WritePermissions m_permissions;
    QList<StoredUnit> m_units;
};

} // namespace vaultlink
