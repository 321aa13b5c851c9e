#include "src/ui/record_editor_view_model.h"

#include "src/base/message_catalog.h"
#include "src/edits/password_strength.h"
#include "src/profiles/failure.h"
#include "src/ui/messages.h"
#include "src/ui/strength_words.h"
#include "src/ui/vault_session.h"
#include "src/ui/vault_writes.h"

#include <QJsonArray>
#include <QUrl>

namespace vaultlink::ui {

namespace {
const QString kName = QStringLiteral("name");

bool isTags(const QString &type) {
    return type == QLatin1String("tags");
}

QString placeOf(Mirror &mirror, qint64 unit) {
    if (unit == 0)
        return RecordEditorViewModel::tr("Personal");
    for (const StoredUnit &each : mirror.units())
        if (each.id == unit)
            return each.name;
    return QString::number(unit);
}
} // namespace

RecordEditorViewModel::RecordEditorViewModel(VaultWrites &writes, VaultSession &session,
                                             QObject *parent)
    : QObject(parent)
    , m_writes(writes)
    , m_session(session) {
    connect(&m_session, &VaultSession::openChanged, this, &RecordEditorViewModel::cancel);
}

bool RecordEditorViewModel::changed() const {
    for (const EditField &field : m_fields.fields())
        if (field.isChanged())
            return true;
    return false;
}

bool RecordEditorViewModel::canSave() const {
    if (!m_open)
        return false;
    for (const EditField &field : m_fields.fields())
        if (!field.problem.isEmpty())
            return false;
    return isNew() || changed();
}

QStringList RecordEditorViewModel::userWords() const {
    QStringList words;
    for (const EditField &field : m_fields.fields()) {
        const QString text = field.text.trimmed();
        if (text.isEmpty())
            continue;
        if (field.type == QLatin1String("title") || field.type == QLatin1String("username") ||
            field.type == QLatin1String("email"))
            words.append(text);
        else if (field.type == QLatin1String("url"))
            words.append(QUrl::fromUserInput(text).host());
    }
    words.removeAll(QString());
    return words;
}

void RecordEditorViewModel::setError(const QString &error) {
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

bool RecordEditorViewModel::edit(qint64 id) {
    cancel();
    try {
        return startEdit(id);
    } catch (const std::exception &failure) {
        setError(say(explain(failure)));
    }
    return false;
}

bool RecordEditorViewModel::create(const QString &formId, qint64 unit) {
    cancel();
    try {
        return startNew(formId, unit);
    } catch (const std::exception &failure) {
        setError(say(explain(failure)));
    }
    return false;
}

bool RecordEditorViewModel::startEdit(qint64 id) {
    Mirror *mirror = m_session.mirror();
    QString why;
    const std::unique_ptr<RecordEditor> editor = m_writes.editor(&why);
    if (!mirror || !editor) {
        setError(why);
        return false;
    }
    const Message refused = editor->whyNotEdit(id);
    const std::optional<QJsonObject> record = mirror->record(id);
    if (!refused.key().isEmpty() || !record) {
        setError(say(refused.key().isEmpty() ? Message(msg::RecordNotHere, {QString::number(id)})
                                             : refused));
        return false;
    }
    QList<EditField> fields;
    QString name;
    for (const QJsonValue value : record->value(QLatin1String("fields")).toArray()) {
        const QJsonObject object = value.toObject();
        EditField field;
        field.key = object.value(QLatin1String("key")).toString();
        field.type = object.value(QLatin1String("type")).toString();
        field.label = object.value(QLatin1String("label")).toString();
        field.original = object.value(QLatin1String("value"));
        if (isTags(field.type)) {
            for (const QJsonValue tag : field.original.toArray())
                field.tags.append(tag.toString());
            field.original = QJsonArray::fromStringList(field.tags);
        } else {
            field.text = field.original.toString();
        }
        if (field.key == kName)
            name = field.text;
        fields.append(field);
    }
    const QJsonValue unit = record->value(QLatin1String("unit"));
    m_place = placeOf(*mirror, unit.isDouble() ? unit.toInteger() : 0);
    start(id, QString(), 0, tr("Edit %1").arg(name), std::move(fields));
    return true;
}

bool RecordEditorViewModel::startNew(const QString &formId, qint64 unit) {
    Mirror *mirror = m_session.mirror();
    QString why;
    const std::unique_ptr<RecordEditor> editor = m_writes.editor(&why);
    if (!mirror || !editor) {
        setError(why);
        return false;
    }
    const Message refused = editor->whyNotCreate(unit == 0 ? std::nullopt : std::optional(unit));
    if (!refused.key().isEmpty()) {
        setError(say(refused));
        return false;
    }
    for (const FormInfo &form : editor->permissions().forms) {
        if (form.id != formId)
            continue;
        QList<EditField> fields;
        for (const FormField &each : form.fields) {
            EditField field;
            field.key = each.key;
            field.type = each.type;
            field.label = each.label;
            field.original = isTags(each.type) ? QJsonValue(QJsonArray()) : QJsonValue(QString());
            fields.append(field);
        }
        m_place = placeOf(*mirror, unit);
        start(0, form.id, unit, tr("New %1").arg(form.name), std::move(fields));
        return true;
    }
    setError(say(Message(msg::FormNotHere, {formId})));
    return false;
}

void RecordEditorViewModel::start(qint64 id, const QString &form, qint64 unit, const QString &title,
                                  QList<EditField> fields) {
    m_open = true;
    m_id = id;
    m_form = form;
    m_unit = unit;
    m_title = title;
    m_fields.reset(std::move(fields));
    check();
    emit openChanged();
    emit valuesChanged();
}

void RecordEditorViewModel::setValue(const QString &key, const QString &text) {
    const int row = m_fields.indexOf(key);
    if (row < 0 || isTags(m_fields.fields().at(row).type))
        return;
    m_fields.update(row, [&](EditField &field) { field.text = text; });
    check();
}

void RecordEditorViewModel::addTag(const QString &key, const QString &tag) {
    const QString trimmed = tag.trimmed();
    const int row = m_fields.indexOf(key);
    // As the server stores tags: trimmed, none empty, none twice.
    if (row < 0 || trimmed.isEmpty() || m_fields.fields().at(row).tags.contains(trimmed))
        return;
    m_fields.update(row, [&](EditField &field) { field.tags.append(trimmed); });
    check();
}

void RecordEditorViewModel::removeTag(const QString &key, int index) {
    const int row = m_fields.indexOf(key);
    if (row < 0 || index < 0 || index >= m_fields.fields().at(row).tags.size())
        return;
    m_fields.update(row, [&](EditField &field) { field.tags.removeAt(index); });
    check();
}

void RecordEditorViewModel::check() {
    const QStringList words = userWords();
    for (int row = 0; row < m_fields.rowCount(); ++row) {
        m_fields.update(row, [&](EditField &field) {
            if (field.key == kName)
                field.problem =
                    field.text.trimmed().isEmpty() ? say(Message(msg::NameRequired)) : QString();
            if (field.type != QLatin1String("password"))
                return;
            if (field.text.isEmpty()) {
                field.score = -1;
                field.strength.clear();
                return;
            }
            const Strength strength = estimateStrength(SecureBuffer::fromUtf8(field.text), words);
            field.score = strength.score;
            field.strength = StrengthWords::describe(strength);
        });
    }
    emit valuesChanged();
}

bool RecordEditorViewModel::save() {
    if (!canSave())
        return false;
    FieldValues values;
    for (const EditField &field : m_fields.fields()) {
        // An edit sends what differs from the record; a new record, what was filled in (its
        // fields start empty).
        if (field.isChanged())
            values.insert(field.key, field.value());
    }
    qint64 id = m_id;
    const QString failed = m_writes.write([&](RecordEditor &editor) {
        if (isNew())
            id = editor.create(m_form, m_unit == 0 ? std::nullopt : std::optional(m_unit), values);
        else
            editor.edit(id, values);
    });
    if (!failed.isEmpty()) {
        setError(failed);
        return false;
    }
    const bool created = isNew();
    cancel();
    emit saved(id, created);
    return true;
}

void RecordEditorViewModel::cancel() {
    const bool wasOpen = m_open;
    m_open = false;
    m_id = 0;
    m_form.clear();
    m_unit = 0;
    m_title.clear();
    m_place.clear();
    m_fields.clear();
    setError(QString());
    if (wasOpen) {
        emit openChanged();
        emit valuesChanged();
    }
}

} // namespace vaultlink::ui
