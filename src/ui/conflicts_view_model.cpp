#include "src/ui/conflicts_view_model.h"

#include "src/profiles/failure.h"
#include "src/profiles/record_editor.h"
#include "src/ui/change_words.h"
#include "src/ui/edit_fields_model.h"
#include "src/ui/messages.h"
#include "src/ui/vault_session.h"
#include "src/ui/vault_writes.h"

#include <QJsonArray>
#include <QVariantMap>

namespace vaultlink::ui {

namespace {
QString text(const QJsonValue &value) {
    if (!value.isArray())
        return value.toString();
    QStringList tags;
    for (const QJsonValue tag : value.toArray())
        tags.append(tag.toString());
    return tags.join(QStringLiteral(", "));
}

QString nameOf(const QJsonObject &record) {
    const std::optional<QJsonObject> name = fieldOf(record, QStringLiteral("name"));
    return name ? name->value(QLatin1String("value")).toString() : QString();
}

const char *kindOf(ChangeNote::Kind kind) {
    switch (kind) {
    case ChangeNote::Kind::Field:
        return "field";
    case ChangeNote::Kind::FieldGone:
        return "fieldGone";
    default:
        return "record";
    }
}
} // namespace

ConflictsViewModel::ConflictsViewModel(VaultWrites &writes, VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_writes(writes)
    , m_session(session) {
    connect(&m_session, &VaultSession::openChanged, this, [this] {
        m_revealed.clear();
        reload();
    });
    connect(&m_session, &VaultSession::recordsUpdated, this, &ConflictsViewModel::reload);
}

void ConflictsViewModel::reload() {
    m_notes.clear();
    m_refused.clear();
    m_error.clear();
    Mirror *mirror = m_session.mirror();
    if (!mirror) {
        emit changed();
        return;
    }
    try {
        // The record as shown here, else the server's copy the note keeps, else its number.
        const auto recordName = [&](qint64 id, const QJsonObject &fallback) {
            QString name;
            if (const std::optional<QJsonObject> record = mirror->record(id))
                name = nameOf(*record);
            if (name.isEmpty())
                name = nameOf(fallback);
            return name.isEmpty() ? tr("Record %1").arg(id) : name;
        };
        for (const ChangeNote &note : mirror->notes()) {
            QString label = note.key;
            if (const std::optional<QJsonObject> record = mirror->record(note.recordId))
                if (const std::optional<QJsonObject> field = fieldOf(*record, note.key))
                    label = field->value(QLatin1String("label")).toString();
            const bool secret = EditFieldsModel::isSecret(note.type);
            const bool shown = !secret || m_revealed.contains(note.id);
            const bool values =
                note.kind == ChangeNote::Kind::Field || note.kind == ChangeNote::Kind::FieldGone;
            QVariantMap entry{{QStringLiteral("note"), note.id},
                              {QStringLiteral("record"), note.recordId},
                              {QStringLiteral("name"),
                               recordName(note.recordId, values ? QJsonObject() : note.server)},
                              {QStringLiteral("kind"), QLatin1String(kindOf(note.kind))},
                              {QStringLiteral("text"), ChangeWords::note(note, label)},
                              {QStringLiteral("label"), label},
                              {QStringLiteral("secret"), secret},
                              {QStringLiteral("revealed"), m_revealed.contains(note.id)}};
            if (values) {
                entry.insert(QStringLiteral("mine"), shown ? text(note.local.value) : QString());
                entry.insert(QStringLiteral("mineWhen"), ChangeWords::localTime(note.local.at));
                entry.insert(QStringLiteral("mineDevice"), ChangeWords::thisDevice());
            }
            if (note.kind == ChangeNote::Kind::Field) {
                entry.insert(QStringLiteral("theirs"),
                             shown ? text(note.server.value(QLatin1String("value"))) : QString());
                entry.insert(QStringLiteral("theirsWhen"),
                             ChangeWords::serverTime(
                                 note.server.value(QLatin1String("modifiedAt")).toString()));
                entry.insert(
                    QStringLiteral("theirsDevice"),
                    ChangeWords::serverDevice(note.server.value(QLatin1String("modifiedBy"))));
            }
            m_notes.append(entry);
        }
        for (const PendingChange &change : mirror->pendingChanges()) {
            if (!change.refused)
                continue;
            m_refused.append(
                QVariantMap{{QStringLiteral("record"), change.recordId},
                            {QStringLiteral("name"), recordName(change.recordId, change.base)},
                            {QStringLiteral("change"), ChangeWords::change(change.kind)},
                            {QStringLiteral("reason"), ChangeWords::refusal(*change.refused)}});
        }
    } catch (const std::exception &failure) {
        m_error = say(explain(failure));
    }
    emit changed();
}

void ConflictsViewModel::reveal(qint64 note, bool shown) {
    if (shown)
        m_revealed.insert(note);
    else
        m_revealed.remove(note);
    reload();
}

void ConflictsViewModel::act(const std::function<void(RecordEditor &)> &action) {
    // The session announces the write, which reloads this list.
    const QString failed = m_writes.write(action);
    if (!failed.isEmpty()) {
        m_error = failed;
        emit changed();
    }
}

void ConflictsViewModel::keepMine(qint64 note) {
    m_revealed.remove(note);
    act([note](RecordEditor &editor) { editor.keepLocal(note); });
}

void ConflictsViewModel::keepServers(qint64 note) {
    m_revealed.remove(note);
    act([note](RecordEditor &editor) { editor.keepServer(note); });
}

void ConflictsViewModel::acknowledge(qint64 note) {
    keepServers(note); // the note goes; nothing else changes
}

void ConflictsViewModel::retry(qint64 record) {
    act([record](RecordEditor &editor) { editor.retry(record); });
}

void ConflictsViewModel::discard(qint64 record) {
    act([record](RecordEditor &editor) { editor.discard(record); });
}

} // namespace vaultlink::ui
