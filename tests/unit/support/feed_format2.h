#pragma once

// A format 1 record object written in feed format 2, for tests that feed both (the storage's
// rows, the sync's fake server).

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace vaultlink::testing {

// The same record in feed format 2, as docs/api.md §7.9 defines the conversion.
inline QJsonObject format2Of(const QJsonObject &record) {
    const QJsonArray fields = record.value(QStringLiteral("fields")).toArray();
    const QJsonValue createdAt = record.value(QStringLiteral("createdAt"));
    QJsonValue createdBy;
    for (const QJsonValue field : fields)
        if (field[QStringLiteral("revision")].toInteger() == 1 &&
            field[QStringLiteral("modifiedAt")] == createdAt) {
            createdBy = field[QStringLiteral("modifiedBy")];
            break;
        }
    QJsonObject values;
    QJsonObject changed;
    for (const QJsonValue field : fields) {
        const QString key = field[QStringLiteral("key")].toString();
        values.insert(key, field[QStringLiteral("value")]);
        if (field[QStringLiteral("revision")].toInteger() != 1 ||
            field[QStringLiteral("modifiedAt")] != createdAt ||
            field[QStringLiteral("modifiedBy")] != createdBy)
            changed.insert(
                key,
                QJsonObject{{QStringLiteral("revision"), field[QStringLiteral("revision")]},
                            {QStringLiteral("modifiedAt"), field[QStringLiteral("modifiedAt")]},
                            {QStringLiteral("modifiedBy"), field[QStringLiteral("modifiedBy")]}});
    }
    QJsonObject out{{QStringLiteral("id"), record.value(QStringLiteral("id"))},
                    {QStringLiteral("form"), record.value(QStringLiteral("form"))},
                    {QStringLiteral("unit"), record.value(QStringLiteral("unit"))},
                    {QStringLiteral("sequence"), record.value(QStringLiteral("sequence"))},
                    {QStringLiteral("createdAt"), createdAt},
                    {QStringLiteral("values"), values}};
    if (!createdBy.isNull())
        out.insert(QStringLiteral("createdBy"), createdBy);
    if (!record.value(QStringLiteral("clientRef")).isNull())
        out.insert(QStringLiteral("clientRef"), record.value(QStringLiteral("clientRef")));
    if (!changed.isEmpty())
        out.insert(QStringLiteral("changed"), changed);
    return out;
}

} // namespace vaultlink::testing
