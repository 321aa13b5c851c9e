// add, edit, rm, pending and conflicts: changes made on this computer, sent at the next sync.
#include "src/base/message_catalog.h"
#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/cli/messages.h"
#include "src/edits/change_json.h"
#include "src/edits/password_generator.h"
#include "src/profiles/record_editor.h"

#include <QDateTime>
#include <QJsonArray>

namespace vaultlink::cli {

namespace {
Failure usage(const QString &code, const QString &message) {
    return cliFailure(code, message);
}

QJsonValue fieldValue(const QString &type, const QString &text) {
    if (type != QLatin1String("tags"))
        return text;
    QJsonArray tags;
    for (const QString &tag : text.split(u',', Qt::SkipEmptyParts))
        tags.append(tag.trimmed());
    return tags;
}

// --field KEY=VALUE for plain fields; a secret field is named alone and its value typed without
// echo (or read from the next line of standard input), never taken from the command line.
FieldValues valuesFrom(Context &context, const QList<FormField> &fields) {
    const auto typeOf = [&](const QString &key) -> std::optional<QString> {
        for (const FormField &field : fields)
            if (field.key == key)
                return field.type;
        return std::nullopt;
    };
    FieldValues values;
    for (const QString &given : context.args.setFields) {
        const qsizetype equals = given.indexOf(u'=');
        const QString key = (equals < 0 ? given : given.left(equals)).trimmed();
        const std::optional<QString> type = typeOf(key);
        if (!type)
            throw usage(QStringLiteral("field-unknown"),
                        QStringLiteral("No field \"%1\" here; the fields are: %2.").arg(key, [&] {
                            QStringList keys;
                            for (const FormField &field : fields)
                                keys.append(field.key);
                            return keys.join(QStringLiteral(", "));
                        }()));
        if (Output::isSecretType(*type)) {
            if (equals >= 0)
                throw usage(QStringLiteral("secret-on-command-line"),
                            QStringLiteral("\"%1\" is secret: give --field %1 alone and type it "
                                           "when asked (or pipe it after the password with "
                                           "--password-stdin); other users can read command "
                                           "lines.")
                                .arg(key));
            const SecureBuffer secret =
                context.input.fieldSecret(QStringLiteral("Value of \"%1\"").arg(key));
            values.insert(key, QString::fromUtf8(secret.view()));
            continue;
        }
        if (equals < 0)
            throw usage(QStringLiteral("field-value-missing"),
                        QStringLiteral("Give --field %1=VALUE.").arg(key));
        values.insert(key, fieldValue(*type, given.mid(equals + 1)));
    }
    for (const QString &key : context.args.generate) {
        const std::optional<QString> type = typeOf(key);
        if (!type || !Output::isSecretType(*type) || *type == QLatin1String("totp"))
            throw usage(QStringLiteral("generate-field"),
                        QStringLiteral("--generate makes passwords: \"%1\" is not a password "
                                       "field here.")
                            .arg(key));
        const SecureBuffer password = generatePassword(context.args.generator, context.random);
        values.insert(key, QString::fromUtf8(password.view()));
    }
    return values;
}

QList<FormField> fieldsOf(const QJsonObject &record) {
    QList<FormField> fields;
    for (const QJsonValue field : record.value(QLatin1String("fields")).toArray())
        fields.append({field.toObject().value(QLatin1String("key")).toString(),
                       field.toObject().value(QLatin1String("type")).toString(),
                       field.toObject().value(QLatin1String("label")).toString()});
    return fields;
}

QString nameOf(const QJsonObject &record) {
    const std::optional<QJsonObject> name = fieldOf(record, QStringLiteral("name"));
    return name ? name->value(QLatin1String("value")).toString() : QString();
}

QString whenText(qint64 msSinceEpoch) {
    return msSinceEpoch > 0
               ? QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate)
               : QStringLiteral("?");
}

// What a note says, in a sentence (the values are shown beside it).
QString noteText(const ChangeNote &note) {
    switch (note.kind) {
    case ChangeNote::Kind::Field:
        return QStringLiteral("both sides changed \"%1\"; the server's value stands").arg(note.key);
    case ChangeNote::Kind::FieldGone:
        return QStringLiteral("the server's form no longer has \"%1\"; your value is kept here")
            .arg(note.key);
    case ChangeNote::Kind::Recreated:
        return QStringLiteral("deleted on the server while you changed it: created again with "
                              "your changes");
    case ChangeNote::Kind::Restored:
        return QStringLiteral("changed on the server while you deleted it: it stays");
    case ChangeNote::Kind::ReadOnlyCopy:
        break;
    }
    return QStringLiteral("deleted on the server, and you may not create it again: a read-only "
                          "copy of your version");
}

int written(Context &context, const QString &verb, qint64 id, const QString &name) {
    if (context.out.json())
        context.out.value(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("pending"), true}});
    else
        context.out.line(QStringLiteral("%1 \"%2\" (record %3) on this computer; 'sync' sends it "
                                        "to the server.")
                             .arg(verb, name)
                             .arg(id));
    return Ok;
}
} // namespace

int addCommand(Context &context) {
    if (context.args.form.isEmpty())
        throw usage(QStringLiteral("usage"), QStringLiteral("add needs --form; the forms are "
                                                            "listed by 'add --form ?'."));
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    const std::unique_ptr<RecordEditor> editor = context.service.editor(*profile);
    const Tab tab = context.args.tab.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0
                        ? Tab::personal()
                        : chosenTab(context, *profile->mirror);
    const std::optional<qint64> unit =
        tab.kind == Tab::Kind::Unit ? std::optional(tab.unit) : std::nullopt;
    QStringList forms;
    for (const FormInfo &form : editor->permissions().forms) {
        if (form.id == context.args.form) {
            const FieldValues values = valuesFrom(context, form.fields);
            const qint64 id = editor->create(form.id, unit, values);
            return written(context, QStringLiteral("Added"), id,
                           values.value(QStringLiteral("name")).toString());
        }
        forms.append(form.id);
    }
    if (forms.isEmpty())
        throw Failure(Failure::Kind::Usage, msg::FormsNotKnown);
    throw usage(QStringLiteral("form-not-here"),
                QStringLiteral("No form \"%1\"; the forms are: %2.")
                    .arg(context.args.form, forms.join(QStringLiteral(", "))));
}

int editCommand(Context &context) {
    if (context.args.setFields.isEmpty() && context.args.generate.isEmpty())
        throw usage(QStringLiteral("usage"), QStringLiteral("edit needs --field KEY=VALUE (or "
                                                            "--field KEY for a secret)."));
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    const std::unique_ptr<RecordEditor> editor = context.service.editor(*profile);
    // Several records: each is found (and its right checked) before any is changed, and the
    // values (a secret typed once) apply to all of them.
    QList<qint64> ids;
    for (const QString &given : context.args.arguments) {
        const qint64 id = recordIdFor(*profile->mirror, given);
        refuseIf(editor->whyNotEdit(id));
        ids.append(id);
    }
    const FieldValues values = valuesFrom(context, fieldsOf(*profile->mirror->record(ids[0])));
    for (const qint64 id : ids) {
        const QJsonObject record = *profile->mirror->record(id);
        for (auto value = values.constBegin(); value != values.constEnd(); ++value)
            if (!fieldOf(record, value.key()))
                throw Failure(Failure::Kind::Usage, msg::FieldNotInForm,
                              {value.key(), record.value(QLatin1String("form")).toString()});
    }
    for (const qint64 id : ids)
        editor->edit(id, values);
    if (ids.size() > 1) {
        if (context.out.json())
            context.out.value(QJsonObject{{QStringLiteral("changed"), ids.size()},
                                          {QStringLiteral("pending"), true}});
        else
            context.out.line(QStringLiteral("Changed %1 records on this computer; 'sync' sends "
                                            "them to the server.")
                                 .arg(ids.size()));
        return Ok;
    }
    return written(context, QStringLiteral("Changed"), ids[0],
                   nameOf(*profile->mirror->record(ids[0])));
}

int removeCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    const std::unique_ptr<RecordEditor> editor = context.service.editor(*profile);
    const qint64 id = recordIdFor(*profile->mirror, context.args.arguments.at(0));
    const QString name = nameOf(*profile->mirror->record(id));
    editor->remove(id);
    return written(context, QStringLiteral("Deleted"), id, name);
}

int pendingCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    const std::unique_ptr<RecordEditor> editor = context.service.editor(*profile);
    Mirror &mirror = *profile->mirror;
    if (!context.args.discard.isEmpty() || !context.args.retry.isEmpty()) {
        const bool discard = !context.args.discard.isEmpty();
        const QString given = discard ? context.args.discard : context.args.retry;
        bool isId = false;
        qint64 id = given.toLongLong(&isId);
        // A deletion waiting to be sent is no longer listed: its id is the way to name it.
        if (!isId || !mirror.pendingChange(id))
            id = recordIdFor(mirror, given);
        if (!mirror.pendingChange(id))
            throw usage(QStringLiteral("nothing-pending"),
                        QStringLiteral("Record %1 has no change waiting.").arg(id));
        if (discard)
            editor->discard(id);
        else
            editor->retry(id);
        context.out.line(discard ? QStringLiteral("Discarded the change of record %1.").arg(id)
                                 : QStringLiteral("Record %1 is sent again at the next "
                                                  "sync.")
                                       .arg(id));
        return Ok;
    }
    QJsonArray list;
    for (const PendingChange &change : mirror.pendingChanges()) {
        const QJsonObject shown = mirror.record(change.recordId).value_or(change.base);
        QJsonObject entry{
            {QStringLiteral("id"), change.recordId},
            {QStringLiteral("change"), kindName(change.kind)},
            {QStringLiteral("name"), nameOf(shown)},
            {QStringLiteral("fields"), QJsonArray::fromStringList(change.edits.keys())}};
        if (change.refused)
            entry.insert(
                QStringLiteral("refused"),
                QJsonObject{{QStringLiteral("code"), change.refused->code},
                            {QStringLiteral("message"), say(Message(change.refused->code))}});
        list.append(entry);
    }
    if (context.out.json()) {
        context.out.value(list);
        return Ok;
    }
    for (const QJsonValue value : list) {
        const QJsonObject entry = value.toObject();
        QString line = QStringLiteral("%1\t%2\t%3")
                           .arg(entry.value(QStringLiteral("id")).toInteger())
                           .arg(entry.value(QStringLiteral("change")).toString(),
                                entry.value(QStringLiteral("name")).toString());
        const QStringList fields = entry.value(QStringLiteral("fields")).toVariant().toStringList();
        if (!fields.isEmpty() && entry.value(QStringLiteral("change")) != QLatin1String("create"))
            line += u'\t' + fields.join(QStringLiteral(", "));
        if (entry.contains(QStringLiteral("refused")))
            line += QStringLiteral("\trefused: ") +
                    entry.value(QStringLiteral("refused")).toObject().value("message").toString();
        context.out.line(line);
    }
    if (list.isEmpty())
        context.out.note(QStringLiteral("Nothing waits to be sent."));
    return Ok;
}

int conflictsCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    const std::unique_ptr<RecordEditor> editor = context.service.editor(*profile);
    Mirror &mirror = *profile->mirror;
    const QList<ChangeNote> notes = mirror.notes();
    if (!context.args.resolve.isEmpty()) {
        const QString field = context.args.arguments.at(0);
        const QString choice = context.args.arguments.at(1);
        if (choice != QLatin1String("keep-local") && choice != QLatin1String("keep-server"))
            throw usage(
                QStringLiteral("usage"),
                QStringLiteral("Resolve with keep-local or keep-server, not \"%1\".").arg(choice));
        const qint64 id = recordIdFor(mirror, context.args.resolve);
        for (const ChangeNote &note : notes) {
            if (note.recordId != id ||
                (note.key != field && !(note.key.isEmpty() && field == QLatin1String("record"))))
                continue;
            if (choice == QLatin1String("keep-local"))
                editor->keepLocal(note.id);
            else
                editor->keepServer(note.id);
            context.out.line(
                choice == QLatin1String("keep-local")
                    ? QStringLiteral("Your value of \"%1\" is sent again at the next "
                                     "sync.")
                          .arg(field)
                    : QStringLiteral("The server's value of \"%1\" stays.").arg(field));
            return Ok;
        }
        throw usage(QStringLiteral("conflict-unknown"),
                    QStringLiteral("Record %1 has no conflict on \"%2\" (a note on the whole "
                                   "record is named \"record\").")
                        .arg(id)
                        .arg(field));
    }
    QJsonArray list;
    for (const ChangeNote &note : notes) {
        const QJsonObject shown = mirror.record(note.recordId).value_or(note.server);
        QJsonObject entry{
            {QStringLiteral("note"), note.id},
            {QStringLiteral("record"), note.recordId},
            {QStringLiteral("name"), nameOf(shown)},
            {QStringLiteral("kind"), kindName(note.kind)},
            {QStringLiteral("field"), note.key.isEmpty() ? QStringLiteral("record") : note.key}};
        if (note.kind == ChangeNote::Kind::Field || note.kind == ChangeNote::Kind::FieldGone) {
            const bool reveal = context.args.reveal;
            entry.insert(QStringLiteral("local"),
                         QJsonObject{{QStringLiteral("value"),
                                      Output::valueText(note.local.value, note.type, reveal)},
                                     {QStringLiteral("at"), whenText(note.local.at)},
                                     {QStringLiteral("device"), QStringLiteral("this computer")}});
            if (!note.server.isEmpty())
                entry.insert(
                    QStringLiteral("server"),
                    QJsonObject{{QStringLiteral("value"),
                                 Output::valueText(note.server.value(QLatin1String("value")),
                                                   note.type, reveal)},
                                {QStringLiteral("at"), note.server.value("modifiedAt")},
                                {QStringLiteral("device"), note.server.value("modifiedBy")}});
        }
        list.append(entry);
    }
    if (context.out.json()) {
        context.out.value(list);
        return Ok;
    }
    for (int i = 0; i < notes.size(); ++i) {
        const QJsonObject entry = list[i].toObject();
        context.out.line(QStringLiteral("%1\t%2\t%3: %4")
                             .arg(entry.value(QStringLiteral("record")).toInteger())
                             .arg(entry.value(QStringLiteral("name")).toString(),
                                  entry.value(QStringLiteral("field")).toString(),
                                  noteText(notes[i])));
        const QJsonObject local = entry.value(QStringLiteral("local")).toObject();
        const QJsonObject server = entry.value(QStringLiteral("server")).toObject();
        if (!local.isEmpty())
            context.out.line(QStringLiteral("\tyours:  %1 (%2, %3)")
                                 .arg(local.value("value").toString(), local.value("at").toString(),
                                      local.value("device").toString()));
        if (!server.isEmpty())
            context.out.line(QStringLiteral("\tserver: %1 (%2, %3)")
                                 .arg(server.value("value").toString(),
                                      server.value("at").toString(),
                                      server.value("device").toString().isEmpty()
                                          ? QStringLiteral("the administrator")
                                          : server.value("device").toString()));
    }
    if (notes.isEmpty())
        context.out.note(QStringLiteral("No conflicts."));
    else if (!context.out.json())
        context.out.note(QStringLiteral("Resolve one with: conflicts --resolve RECORD FIELD "
                                        "keep-local|keep-server (secrets masked unless "
                                        "--reveal)."));
    return Ok;
}

} // namespace vaultlink::cli
