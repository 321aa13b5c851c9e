#pragma once

#include "src/storage/mirror.h"

#include <QJsonArray>

namespace vaultlink::testing {

// Local changes made the way the app's editor makes them (a change folded into the record's
// pending one, shown at once), for tests below the editor.
inline void editHere(Mirror &mirror, qint64 id, const QString &field, const QJsonValue &value,
                     qint64 at = 5000) {
    mirror.updateLocal(id, [&](const std::optional<PendingChange> &pending,
                               const std::optional<QJsonObject> &shown) {
        PendingChange change = pending.value_or(PendingChange{});
        if (!pending) {
            change.recordId = id;
            change.base = shown.value_or(QJsonObject());
        }
        change.edits.insert(field, {value, at});
        change.refused.reset();
        ++change.version;
        LocalUpdate update;
        update.change = change;
        update.shown = shownRecord(change);
        return update;
    });
}

inline void removeHere(Mirror &mirror, qint64 id) {
    mirror.updateLocal(id, [&](const std::optional<PendingChange> &pending,
                               const std::optional<QJsonObject> &shown) {
        LocalUpdate update;
        if (pending && pending->kind == PendingChange::Kind::Create)
            return update; // never sent: nothing to tell the server
        PendingChange change;
        change.recordId = id;
        change.kind = PendingChange::Kind::Delete;
        change.base = pending ? pending->base : shown.value_or(QJsonObject());
        change.version = pending ? pending->version + 1 : 1;
        update.change = change;
        return update;
    });
}

// A login record created here with the fields given (name, username, password, tags).
inline qint64 createHere(Mirror &mirror, const QString &name, const QString &clientRef,
                         const QString &password = {}) {
    const qint64 id = mirror.newLocalId();
    mirror.updateLocal(
        id, [&](const std::optional<PendingChange> &, const std::optional<QJsonObject> &) {
            QJsonArray fields;
            for (const auto &[key, type] :
                 {std::pair{"name", "title"}, std::pair{"username", "username"},
                  std::pair{"password", "password"}, std::pair{"tags", "tags"}})
                fields.append(QJsonObject{{"key", key},
                                          {"type", type},
                                          {"label", key},
                                          {"value", QLatin1String(key) == QLatin1String("tags")
                                                        ? QJsonValue(QJsonArray())
                                                        : QJsonValue(QString())},
                                          {"revision", 0}});
            PendingChange change;
            change.recordId = id;
            change.kind = PendingChange::Kind::Create;
            change.base = {{"id", id},         {"form", "login"}, {"unit", QJsonValue()},
                           {"personal", true}, {"sequence", 0},   {"fields", fields}};
            change.form = QStringLiteral("login");
            change.clientRef = clientRef;
            change.edits.insert(QStringLiteral("name"), {name, 5000});
            if (!password.isEmpty())
                change.edits.insert(QStringLiteral("password"), {password, 5000});
            change.version = 1;
            LocalUpdate update;
            update.change = change;
            update.shown = shownRecord(change);
            return update;
        });
    return id;
}

} // namespace vaultlink::testing
