#include "src/profiles/record_editor.h"

#include "src/base/message_catalog.h"
#include "src/crypto/clock.h"
#include "src/profiles/failure.h"
#include "src/profiles/mirror_token_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vaultlink {

namespace {
const QString kTags = QStringLiteral("tags");

QJsonObject formJson(const FormInfo &form) {
    QJsonArray fields;
    for (const FormField &field : form.fields)
        fields.append(
            QJsonObject{{"key", field.key}, {"type", field.type}, {"label", field.label}});
    return {{"id", form.id}, {"name", form.name}, {"fields", fields}};
}

// As the server stores tags (docs/api.md §6): trimmed, none empty, no duplicates.
QJsonArray normalTags(const QJsonValue &value) {
    QJsonArray tags;
    for (const QJsonValue tag : value.toArray()) {
        const QString text = tag.toString().trimmed();
        if (!text.isEmpty() && !tags.contains(text))
            tags.append(text);
    }
    return tags;
}

QJsonValue normalValue(const QString &key, const QJsonValue &value) {
    if (key == kTags)
        return normalTags(value);
    return value.toString();
}

void fail(QLatin1StringView key, const QStringList &args = {}) {
    throw Failure(Failure::Kind::Usage, key, args);
}

} // namespace

void refuseIf(const Message &why) {
    static const QStringList rights = {
        QString(msg::CreatePersonalNotAllowed), QString(msg::CreateInUnitNotAllowed),
        QString(msg::EditNotAllowed), QString(msg::DeleteNotAllowed), QString(msg::ReadOnlyCopy)};
    if (!why.key().isEmpty())
        throw Failure(rights.contains(why.key()) ? Failure::Kind::NotAllowed : Failure::Kind::Usage,
                      why.key(), why, {});
}

namespace {

std::optional<qint64> unitOf(const QJsonObject &record) {
    const QJsonValue unit = record.value(QLatin1String("unit"));
    return unit.isDouble() ? std::optional(unit.toInteger()) : std::nullopt;
}

QString typeOf(const QJsonObject &record, const QString &key) {
    const std::optional<QJsonObject> field = fieldOf(record, key);
    return field ? field->value(QLatin1String("type")).toString() : QString();
}
} // namespace

WritePermissions WritePermissions::load(Mirror &mirror) {
    WritePermissions permissions;
    const QJsonObject rights =
        QJsonDocument::fromJson(mirror.value(QLatin1String(mirror_keys::rights)).toUtf8()).object();
    permissions.user.createGlobal = rights.value(QLatin1String("createGlobal")).toBool();
    permissions.user.createPersonal = rights.value(QLatin1String("createPersonal")).toBool();
    const QJsonArray forms =
        QJsonDocument::fromJson(mirror.value(QLatin1String(mirror_keys::forms)).toUtf8()).array();
    for (const QJsonValue entry : forms) {
        FormInfo form;
        form.id = entry.toObject().value(QLatin1String("id")).toString();
        form.name = entry.toObject().value(QLatin1String("name")).toString();
        for (const QJsonValue field : entry.toObject().value(QLatin1String("fields")).toArray())
            form.fields.append({field.toObject().value(QLatin1String("key")).toString(),
                                field.toObject().value(QLatin1String("type")).toString(),
                                field.toObject().value(QLatin1String("label")).toString()});
        permissions.forms.append(form);
    }
    return permissions;
}

QList<QPair<QString, QString>> WritePermissions::values(const UserRights &user,
                                                        const QList<FormInfo> &forms) {
    QJsonArray list;
    for (const FormInfo &form : forms)
        list.append(formJson(form));
    const QJsonObject rights{{"createGlobal", user.createGlobal},
                             {"createPersonal", user.createPersonal}};
    return {{QLatin1String(mirror_keys::rights),
             QString::fromUtf8(QJsonDocument(rights).toJson(QJsonDocument::Compact))},
            {QLatin1String(mirror_keys::forms),
             QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))}};
}

RecordEditor::RecordEditor(Mirror &mirror, const Clock &clock)
    : m_mirror(mirror)
    , m_clock(clock)
    , m_permissions(WritePermissions::load(mirror))
    , m_units(mirror.units()) {}

std::optional<QJsonObject> RecordEditor::shown(qint64 id) {
    return m_mirror.record(id);
}

const FormInfo *RecordEditor::form(const QString &id) const {
    for (const FormInfo &form : m_permissions.forms)
        if (form.id == id)
            return &form;
    return nullptr;
}

QString RecordEditor::unitName(qint64 unit) const {
    for (const StoredUnit &each : m_units)
        if (each.id == unit)
            return each.name;
    return QString::number(unit);
}

Message RecordEditor::whyNotCreate(std::optional<qint64> unit) const {
    if (m_permissions.forms.isEmpty())
        return Message(msg::FormsNotKnown);
    if (!unit)
        return m_permissions.user.createPersonal ? Message()
                                                 : Message(msg::CreatePersonalNotAllowed);
    for (const StoredUnit &each : m_units)
        if (each.id == *unit)
            return m_permissions.user.createGlobal && each.add
                       ? Message()
                       : Message(msg::CreateInUnitNotAllowed, {each.name});
    return Message(msg::UnitNotHere, {QString::number(*unit)});
}

Message RecordEditor::whyNotEdit(qint64 id) {
    id = m_mirror.currentId(id); // a page opened before a sync gave it another id
    const std::optional<QJsonObject> record = shown(id);
    if (!record)
        return Message(msg::RecordNotHere, {QString::number(id)});
    if (const std::optional<PendingChange> pending = m_mirror.pendingChange(id);
        pending && pending->kind == PendingChange::Kind::Create) {
        for (const ChangeNote &note : m_mirror.notes(id))
            if (note.kind == ChangeNote::Kind::ReadOnlyCopy)
                return Message(msg::ReadOnlyCopy);
        return {}; // this device's own new record
    }
    const std::optional<qint64> unit = unitOf(*record);
    if (!unit)
        return {}; // a personal record is its owner's to change
    for (const StoredUnit &each : m_units)
        if (each.id == *unit)
            return each.edit ? Message() : Message(msg::EditNotAllowed, {each.name});
    return Message(msg::EditNotAllowed, {unitName(*unit)});
}

Message RecordEditor::whyNotDelete(qint64 id) {
    id = m_mirror.currentId(id); // a page opened before a sync gave it another id
    const std::optional<QJsonObject> record = shown(id);
    if (!record)
        return Message(msg::RecordNotHere, {QString::number(id)});
    if (const std::optional<PendingChange> pending = m_mirror.pendingChange(id);
        pending && pending->kind == PendingChange::Kind::Create)
        return {};
    const std::optional<qint64> unit = unitOf(*record);
    if (!unit)
        return {};
    for (const StoredUnit &each : m_units)
        if (each.id == *unit)
            return each.remove ? Message() : Message(msg::DeleteNotAllowed, {each.name});
    return Message(msg::DeleteNotAllowed, {unitName(*unit)});
}

qint64 RecordEditor::create(const QString &formId, std::optional<qint64> unit,
                            const FieldValues &values) {
    refuseIf(whyNotCreate(unit));
    const FormInfo *chosen = form(formId);
    if (!chosen)
        fail(msg::FormNotHere, {formId});
    QJsonArray fields;
    for (const FormField &field : chosen->fields)
        fields.append(QJsonObject{
            {"key", field.key},
            {"type", field.type},
            {"label", field.label},
            {"value", field.key == kTags ? QJsonValue(QJsonArray()) : QJsonValue(QString())},
            {"revision", 0}});
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    PendingChange change;
    change.kind = PendingChange::Kind::Create;
    change.form = chosen->id;
    change.unit = unit;
    change.clientRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.version = 1;
    for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
        if (!fieldOf(QJsonObject{{"fields", fields}}, value.key()))
            fail(msg::FieldNotInForm, {value.key(), chosen->id});
        change.edits.insert(value.key(), {normalValue(value.key(), *value), now});
    }
    if (change.edits.value(QStringLiteral("name")).value.toString().trimmed().isEmpty())
        fail(msg::NameRequired);
    change.recordId = m_mirror.newLocalId();
    change.base = {{"id", change.recordId},
                   {"form", chosen->id},
                   {"unit", unit ? QJsonValue(*unit) : QJsonValue()},
                   {"personal", !unit},
                   {"sequence", 0},
                   {"createdAt", m_clock.now().toString(Qt::ISODateWithMs)},
                   {"clientRef", change.clientRef},
                   {"fields", fields}};
    m_mirror.updateLocal(change.recordId, [&](const std::optional<PendingChange> &,
                                              const std::optional<QJsonObject> &) {
        LocalUpdate update;
        update.change = change;
        update.shown = shownRecord(change);
        return update;
    });
    return change.recordId;
}

void RecordEditor::edit(qint64 id, const FieldValues &values) {
    id = m_mirror.currentId(id); // a page opened before a sync gave it another id
    refuseIf(whyNotEdit(id));
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    m_mirror.updateLocal(id, [&](const std::optional<PendingChange> &pending,
                                 const std::optional<QJsonObject> &current) {
        if (!current)
            fail(msg::RecordNotHere, {QString::number(id)});
        PendingChange change = pending.value_or(PendingChange{});
        if (!pending) {
            change.recordId = id;
            change.kind = PendingChange::Kind::Edit;
            change.base = *current;
        }
        LocalUpdate update;
        for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
            const std::optional<QJsonObject> field = fieldOf(*current, value.key());
            if (!field)
                fail(msg::FieldNotInForm,
                     {value.key(), current->value(QLatin1String("form")).toString()});
            const QJsonValue next = normalValue(value.key(), *value);
            if (value.key() == QLatin1String("name") && next.toString().trimmed().isEmpty())
                fail(msg::NameRequired);
            const QJsonValue before = field->value(QLatin1String("value"));
            if (next == before)
                continue;
            if (typeOf(*current, value.key()) == QLatin1String("password") &&
                !before.toString().isEmpty())
                update.history.append({id, value.key(), before, now, HistoryEntry::Why::Edited});
            const std::optional<QJsonObject> was = fieldOf(change.base, value.key());
            if (change.kind == PendingChange::Kind::Edit && was &&
                was->value(QLatin1String("value")) == next)
                change.edits.remove(value.key()); // back to the server's value
            else
                change.edits.insert(value.key(), {next, now});
        }
        ++change.version;
        change.refused.reset();
        update.shown = shownRecord(change);
        if (change.kind != PendingChange::Kind::Edit || !change.edits.isEmpty())
            update.change = change;
        return update;
    });
}

void RecordEditor::remove(qint64 id) {
    id = m_mirror.currentId(id); // a page opened before a sync gave it another id
    refuseIf(whyNotDelete(id));
    m_mirror.updateLocal(id, [&](const std::optional<PendingChange> &pending,
                                 const std::optional<QJsonObject> &current) {
        LocalUpdate update;
        if (pending && pending->kind == PendingChange::Kind::Create)
            return update; // never sent: nothing to tell the server
        PendingChange deletion;
        deletion.recordId = id;
        deletion.kind = PendingChange::Kind::Delete;
        deletion.base = pending ? pending->base : current.value_or(QJsonObject());
        deletion.version = pending ? pending->version + 1 : 1;
        update.change = deletion;
        return update;
    });
}

void RecordEditor::discard(qint64 id) {
    id = m_mirror.currentId(id); // a page opened before a sync gave it another id
    m_mirror.updateLocal(id, [&](const std::optional<PendingChange> &pending,
                                 const std::optional<QJsonObject> &current) {
        LocalUpdate update;
        if (!pending) {
            update.shown = current.value_or(QJsonObject());
            return update;
        }
        if (pending->kind != PendingChange::Kind::Create)
            update.shown = pending->base;
        return update;
    });
}

void RecordEditor::retry(qint64 id) {
    id = m_mirror.currentId(id); // a page opened before a sync gave it another id
    m_mirror.updateLocal(id, [&](const std::optional<PendingChange> &pending,
                                 const std::optional<QJsonObject> &current) {
        LocalUpdate update;
        update.change = pending;
        if (update.change) {
            update.change->refused.reset();
            ++update.change->version;
        }
        update.shown = current.value_or(QJsonObject());
        return update;
    });
}

ChangeNote RecordEditor::note(qint64 noteId) {
    for (const ChangeNote &each : m_mirror.notes())
        if (each.id == noteId)
            return each;
    fail(msg::NoteNotHere, {QString::number(noteId)});
    return {};
}

void RecordEditor::keepLocal(qint64 noteId) {
    const ChangeNote found = note(noteId);
    if (found.kind == ChangeNote::Kind::FieldGone)
        fail(msg::FieldGoneNoKeep, {found.key});
    if (found.kind == ChangeNote::Kind::Field)
        edit(found.recordId, {{found.key, found.local.value}});
    m_mirror.dropNote(noteId);
}

void RecordEditor::keepServer(qint64 noteId) {
    m_mirror.dropNote(note(noteId).id);
}

} // namespace vaultlink
