#include "server/vault/record_json.h"

#include "server/common/timefmt.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vaultlink::server {

namespace {
bool isTags(const QString &type) {
    return type == QLatin1String("tags");
}
} // namespace

QJsonObject fieldJson(const Field &field) {
    const QJsonValue value = isTags(field.type)
                                 ? QJsonValue(QJsonDocument::fromJson(field.value.toUtf8()).array())
                                 : QJsonValue(field.value);
    return {{QStringLiteral("key"), field.key},
            {QStringLiteral("type"), field.type},
            {QStringLiteral("label"), field.label},
            {QStringLiteral("value"), value},
            {QStringLiteral("revision"), field.revision},
            {QStringLiteral("modifiedAt"), isoTime(field.modifiedAt)},
            {QStringLiteral("modifiedBy"),
             field.modifiedBy.isEmpty() ? QJsonValue() : QJsonValue(field.modifiedBy)}};
}

QJsonObject recordJson(const Record &record) {
    QJsonArray fields;
    for (const Field &field : record.fields)
        fields.append(fieldJson(field));
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("form"), record.formId},
            {QStringLiteral("unit"), record.unitId ? QJsonValue(*record.unitId) : QJsonValue()},
            {QStringLiteral("personal"), record.ownerId.has_value()},
            {QStringLiteral("sequence"), record.seq},
            {QStringLiteral("createdAt"), isoTime(record.createdAt)},
            {QStringLiteral("clientRef"),
             record.clientRef.isEmpty() ? QJsonValue() : QJsonValue(record.clientRef)},
            {QStringLiteral("fields"), fields}};
}

bool storedValue(const QString &type, const QJsonValue &wire, QString *stored) {
    if (!isTags(type)) {
        if (!wire.isString())
            return false;
        *stored = wire.toString();
        return true;
    }
    if (!wire.isArray())
        return false;
    QJsonArray tags;
    for (const auto &tag : wire.toArray()) {
        if (!tag.isString() || tag.toString().trimmed().isEmpty())
            return false;
        if (!tags.contains(tag.toString().trimmed()))
            tags.append(tag.toString().trimmed());
    }
    *stored = QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact));
    return true;
}

} // namespace vaultlink::server
