#include "src/edits/change_json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace vaultlink {

namespace {
template <typename Enum, std::size_t N>
QString nameOf(Enum value, const std::array<std::pair<Enum, const char *>, N> &names) {
    for (const auto &[each, name] : names)
        if (each == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const QJsonValue &json,
                            const std::array<std::pair<Enum, const char *>, N> &names) {
    for (const auto &[each, name] : names)
        if (json.toString() == QLatin1String(name))
            return each;
    return std::nullopt;
}

constexpr std::array<std::pair<PendingChange::Kind, const char *>, 3> kKinds = {{
    {PendingChange::Kind::Create, "create"},
    {PendingChange::Kind::Edit, "edit"},
    {PendingChange::Kind::Delete, "delete"},
}};

constexpr std::array<std::pair<ChangeNote::Kind, const char *>, 5> kNoteKinds = {{
    {ChangeNote::Kind::Field, "field"},
    {ChangeNote::Kind::FieldGone, "field-gone"},
    {ChangeNote::Kind::Recreated, "recreated"},
    {ChangeNote::Kind::Restored, "restored"},
    {ChangeNote::Kind::ReadOnlyCopy, "read-only-copy"},
}};

constexpr std::array<std::pair<HistoryEntry::Why, const char *>, 2> kWhys = {{
    {HistoryEntry::Why::Edited, "edited"},
    {HistoryEntry::Why::LostConflict, "lost-conflict"},
}};

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> objectOf(const QByteArray &json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QJsonObject editJson(const LocalEdit &edit) {
    return {{"value", edit.value}, {"at", edit.at}};
}

bool isValue(const QJsonValue &value) {
    return value.isString() || value.isArray();
}

std::optional<LocalEdit> editOf(const QJsonValue &json) {
    const QJsonObject object = json.toObject();
    if (!isValue(object.value(QLatin1String("value"))))
        return std::nullopt;
    return LocalEdit{object.value(QLatin1String("value")),
                     object.value(QLatin1String("at")).toInteger()};
}
} // namespace

QString kindName(PendingChange::Kind kind) {
    return nameOf(kind, kKinds);
}

QString kindName(ChangeNote::Kind kind) {
    return nameOf(kind, kNoteKinds);
}

QByteArray toJson(const PendingChange &change) {
    QJsonObject edits;
    for (auto it = change.edits.constBegin(); it != change.edits.constEnd(); ++it)
        edits.insert(it.key(), editJson(*it));
    QJsonObject json{{"recordId", change.recordId},
                     {"kind", nameOf(change.kind, kKinds)},
                     {"base", change.base},
                     {"edits", edits},
                     {"form", change.form},
                     {"unit", change.unit ? QJsonValue(*change.unit) : QJsonValue()},
                     {"clientRef", change.clientRef},
                     {"version", change.version}};
    if (change.refused)
        json.insert(QLatin1String("refused"), QJsonObject{{"code", change.refused->code},
                                                          {"detail", change.refused->detail}});
    return compact(json);
}

std::optional<PendingChange> pendingChangeFromJson(const QByteArray &json) {
    const std::optional<QJsonObject> object = objectOf(json);
    if (!object)
        return std::nullopt;
    const std::optional<PendingChange::Kind> kind = valueOf(object->value("kind"), kKinds);
    if (!kind || !object->value("recordId").isDouble() || !object->value("base").isObject() ||
        !object->value("edits").isObject())
        return std::nullopt;
    PendingChange change;
    change.recordId = object->value("recordId").toInteger();
    change.kind = *kind;
    change.base = object->value("base").toObject();
    const QJsonObject edits = object->value("edits").toObject();
    for (auto it = edits.constBegin(); it != edits.constEnd(); ++it) {
        const std::optional<LocalEdit> edit = editOf(*it);
        if (!edit)
            return std::nullopt;
        change.edits.insert(it.key(), *edit);
    }
    change.form = object->value("form").toString();
    if (object->value("unit").isDouble())
        change.unit = object->value("unit").toInteger();
    change.clientRef = object->value("clientRef").toString();
    change.version = object->value("version").toInteger();
    if (object->value("refused").isObject()) {
        const QJsonObject refused = object->value("refused").toObject();
        change.refused =
            Refusal{refused.value("code").toString(), refused.value("detail").toString()};
    }
    return change;
}

QByteArray toJson(const ChangeNote &note) {
    return compact({{"kind", nameOf(note.kind, kNoteKinds)},
                    {"recordId", note.recordId},
                    {"key", note.key},
                    {"type", note.type},
                    {"local", editJson(note.local)},
                    {"server", note.server}});
}

std::optional<ChangeNote> changeNoteFromJson(const QByteArray &json) {
    const std::optional<QJsonObject> object = objectOf(json);
    if (!object)
        return std::nullopt;
    const std::optional<ChangeNote::Kind> kind = valueOf(object->value("kind"), kNoteKinds);
    if (!kind || !object->value("recordId").isDouble())
        return std::nullopt;
    ChangeNote note;
    note.kind = *kind;
    note.recordId = object->value("recordId").toInteger();
    note.key = object->value("key").toString();
    note.type = object->value("type").toString();
    note.local = editOf(object->value("local")).value_or(LocalEdit{});
    note.server = object->value("server").toObject();
    return note;
}

QByteArray toJson(const HistoryEntry &entry) {
    return compact({{"recordId", entry.recordId},
                    {"key", entry.key},
                    {"value", entry.value},
                    {"replacedAt", entry.replacedAt},
                    {"why", nameOf(entry.why, kWhys)}});
}

std::optional<HistoryEntry> historyEntryFromJson(const QByteArray &json) {
    const std::optional<QJsonObject> object = objectOf(json);
    if (!object)
        return std::nullopt;
    const std::optional<HistoryEntry::Why> why = valueOf(object->value("why"), kWhys);
    if (!why || !object->value("recordId").isDouble() || !isValue(object->value("value")))
        return std::nullopt;
    return HistoryEntry{object->value("recordId").toInteger(), object->value("key").toString(),
                        object->value("value"), object->value("replacedAt").toInteger(), *why};
}

} // namespace vaultlink
