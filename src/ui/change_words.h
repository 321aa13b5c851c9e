#pragma once

#include "src/edits/pending_change.h"

#include <QCoreApplication>
#include <QString>

namespace vaultlink::ui {

// Changes made on this device in the user's words: a refusal's reason, what a note says, and
// when and where each side's value was made. For the record page and the conflict review alike.
class ChangeWords {
    Q_DECLARE_TR_FUNCTIONS(ChangeWords)
public:
    // The server's reason for refusing a change (its docs/api.md §4 code), said as the app says
    // that refusal anywhere else.
    static QString refusal(const Refusal &refusal);
    // What became of the user's change: "Both sides changed “User name”; the server's value
    // stands." `label` names the field.
    static QString note(const ChangeNote &note, const QString &label);
    // "New record", "Changes", "Deletion".
    static QString change(PendingChange::Kind kind);
    // A time of this device's clock (ms since the epoch), or of the server (docs/api.md time),
    // as the user's clock and language show it.
    static QString localTime(qint64 msSinceEpoch);
    static QString serverTime(const QString &isoTime);
    static QString thisDevice();
    // A field's modifiedBy: the device's name, or "the administrator" when the change did not
    // come through a device.
    static QString serverDevice(const QJsonValue &modifiedBy);
};

} // namespace vaultlink::ui
