#pragma once

#include "src/edits/record_merge.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink {

// A refusal by the server of a change sent: its docs/api.md §4 code and detail, kept with the
// change until the user retries or discards it.
struct Refusal {
    QString code;
    QString detail;
};

// What this device changed in one record and the server does not hold yet: one entry of the
// outbox per record, edits to the same record folded into it.
struct PendingChange {
    enum class Kind { Create, Edit, Delete };

    qint64 recordId = 0; // negative: created on this device, not on the server yet
    Kind kind = Kind::Edit;
    // Edit and Delete: the server's record the change was made against (docs/api.md §6 object).
    // Create: the record the fields are shown in, made from its form (every revision 0), or the
    // last server copy when the change creates again a record the server deleted.
    QJsonObject base;
    LocalEdits edits;           // Create: every field given; Edit: those changed; Delete: none
    QString form;               // Create
    std::optional<qint64> unit; // Create; empty for a personal record
    QString clientRef;          // Create: makes a repeated creation return the first one
    qint64 version = 0; // grows with each local change, so a push that sent an older one does not
                        // take the newer one out of the outbox
    std::optional<Refusal> refused;
};

// Something the user is to see about a record after a merge or a refusal; nothing the user typed
// is dropped without one of these.
struct ChangeNote {
    enum class Kind {
        Field,       // both sides changed a field differently: the server's value stands
        FieldGone,   // an edited field the record's form no longer has
        Recreated,   // edited here, deleted on the server: created again from this device's copy
        Restored,    // deleted here, changed on the server: the record stays
        ReadOnlyCopy // edited here, gone on the server and not to be created again by this user
    };
    qint64 id = 0; // the mirror's, once stored
    Kind kind = Kind::Field;
    qint64 recordId = 0;
    QString key;  // Field, FieldGone
    QString type; // Field, FieldGone
    LocalEdit local;
    QJsonObject server; // Field: the server's field object; Restored: the server's record
};

// A value a field held before this device replaced it (by an edit or in a conflict), kept with
// the record so that an overwritten password can be found again.
struct HistoryEntry {
    enum class Why { Edited, LostConflict };
    qint64 recordId = 0;
    QString key;
    QJsonValue value;
    qint64 replacedAt = 0; // device clock, ms since the epoch
    Why why = Why::Edited;
};

// A pending change set against the server's record as it is now (nullopt: the server no longer
// has it for this user), docs/api.md §6 and the rules of record_merge.h. An edit beats a
// deletion from either side: a record deleted on the server while edited here is created
// again; a record deleted here while edited on the server stays.
struct Resolution {
    enum class Outcome {
        Send,     // `change` still holds something to send
        Settled,  // nothing left to send: the server holds all of it, or it lost to the server
        Recreate, // `change` became a creation of the record from this device's copy
        Restore,  // a deletion here lost to a change on the server: `shown` comes back
        Gone,     // deleted on both sides
    };
    Outcome outcome = Outcome::Send;
    PendingChange change; // rebased on the server's record; for Recreate, the creation
    QJsonObject shown;    // what the device shows for the record (empty: nothing)
    QList<ChangeNote> notes;
};

// Where a record created again goes: a new local id and a new client reference (the caller's
// randomness), used only by Outcome::Recreate.
struct NewIdentity {
    qint64 localId = 0;
    QString clientRef;
};

Resolution resolve(const PendingChange &change, const std::optional<QJsonObject> &remote,
                   const NewIdentity &ifRecreated = {});

// The record as this device shows it with the change applied (empty for a deletion).
QJsonObject shownRecord(const PendingChange &change);

} // namespace vaultlink
