#pragma once

#include "src/edits/pending_change.h"

#include <QByteArray>

#include <optional>

namespace vaultlink {

// How the mirror keeps pending changes, notes and history entries: as compact JSON. Reading
// answers nullopt for text that is not what writing makes (a file from a newer version, or one
// damaged in a way its page checks did not catch); the caller keeps such an entry untouched.
// The names the JSON uses, which front ends and scripts see too (e.g. `pending --json`).
QString kindName(PendingChange::Kind kind);
QString kindName(ChangeNote::Kind kind);

QByteArray toJson(const PendingChange &change);
std::optional<PendingChange> pendingChangeFromJson(const QByteArray &json);

QByteArray toJson(const ChangeNote &note);
std::optional<ChangeNote> changeNoteFromJson(const QByteArray &json);

QByteArray toJson(const HistoryEntry &entry);
std::optional<HistoryEntry> historyEntryFromJson(const QByteArray &json);

} // namespace vaultlink
