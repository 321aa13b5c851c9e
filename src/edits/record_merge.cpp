#include "src/edits/record_merge.h"

#include <QJsonArray>

namespace vaultlink {

namespace {
const QString kTags = QStringLiteral("tags");

QList<QString> tagList(const QJsonValue &value) {
    QList<QString> tags;
    for (const QJsonValue tag : value.toArray())
        tags.append(tag.toString());
    return tags;
}

// The server's tags, plus those this device added since the base, less those it removed; in
// the server's order, the local additions after it in the local order.
QJsonArray mergeTags(const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote) {
    const QList<QString> was = tagList(base);
    const QList<QString> mine = tagList(local);
    QJsonArray merged;
    for (const QString &tag : tagList(remote))
        if (mine.contains(tag) || !was.contains(tag))
            merged.append(tag);
    for (const QString &tag : mine)
        if (!was.contains(tag) && !merged.contains(tag))
            merged.append(tag);
    return merged;
}
} // namespace

std::optional<QJsonObject> fieldOf(const QJsonObject &record, const QString &key) {
    for (const QJsonValue field : record.value(QLatin1String("fields")).toArray())
        if (field.toObject().value(QLatin1String("key")).toString() == key)
            return field.toObject();
    return std::nullopt;
}

qint64 recordRevision(const QJsonObject &record) {
    qint64 sum = 0;
    for (const QJsonValue field : record.value(QLatin1String("fields")).toArray())
        sum += field.toObject().value(QLatin1String("revision")).toInteger();
    return sum;
}

QJsonObject withValues(const QJsonObject &record, const LocalEdits &values) {
    QJsonArray fields = record.value(QLatin1String("fields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields[i].toObject();
        const auto edit = values.constFind(field.value(QLatin1String("key")).toString());
        if (edit == values.constEnd())
            continue;
        field.insert(QLatin1String("value"), edit->value);
        fields.replace(i, field);
    }
    QJsonObject copy = record;
    copy.insert(QLatin1String("fields"), fields);
    return copy;
}

FieldMerge mergeFields(const QJsonObject &base, const LocalEdits &local,
                       const QJsonObject &remote) {
    FieldMerge result;
    for (auto edit = local.constBegin(); edit != local.constEnd(); ++edit) {
        const QString &key = edit.key();
        const std::optional<QJsonObject> server = fieldOf(remote, key);
        const std::optional<QJsonObject> was = fieldOf(base, key);
        if (!server) {
            result.gone.append(
                {key, was ? was->value(QLatin1String("type")).toString() : QString(), *edit, {}});
            continue;
        }
        const QJsonValue serverValue = server->value(QLatin1String("value"));
        if (serverValue == edit->value)
            continue; // agreed, or sent before and applied
        if (was && was->value(QLatin1String("value")) == edit->value)
            continue; // changed here and back: nothing of this device's to keep
        // A field the base lacks was added to the form since; revision 1 is how the form made it.
        const qint64 baseRevision = was ? was->value(QLatin1String("revision")).toInteger() : 1;
        if (server->value(QLatin1String("revision")).toInteger() == baseRevision) {
            result.toSend.insert(key, *edit);
            continue;
        }
        if (key == kTags) {
            const QJsonArray merged =
                mergeTags(was ? was->value(QLatin1String("value")) : QJsonValue(QJsonArray()),
                          edit->value, serverValue);
            if (merged != serverValue.toArray())
                result.toSend.insert(key, {merged, edit->at});
            continue;
        }
        result.conflicts.append(
            {key, server->value(QLatin1String("type")).toString(), *edit, *server});
    }
    result.shown = withValues(remote, result.toSend);
    return result;
}

} // namespace vaultlink
