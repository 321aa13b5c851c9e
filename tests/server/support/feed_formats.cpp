#include "tests/server/support/feed_formats.h"

#include <QSet>

namespace vaultlink::server::test {

namespace {
QJsonValue orNull(const QJsonValue &value) {
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}
} // namespace

std::optional<QJsonObject> fullRecordFromCompact(const QJsonObject &compact,
                                                 const QJsonArray &forms) {
    const QString formId = compact.value(QLatin1String("form")).toString();
    QJsonArray specs;
    for (const QJsonValue form : forms)
        if (form[QLatin1String("id")].toString() == formId)
            specs = form[QLatin1String("fields")].toArray();
    if (specs.isEmpty())
        return std::nullopt;
    const QJsonObject values = compact.value(QLatin1String("values")).toObject();
    const QJsonObject changed = compact.value(QLatin1String("changed")).toObject();
    const QJsonValue createdAt = compact.value(QLatin1String("createdAt"));
    const QJsonValue createdBy = orNull(compact.value(QLatin1String("createdBy")));
    QSet<QString> keys;
    QJsonArray fields;
    for (const QJsonValue spec : specs) {
        const QString key = spec[QLatin1String("key")].toString();
        keys.insert(key);
        if (!values.contains(key))
            return std::nullopt;
        const QJsonObject change = changed.value(key).toObject();
        const bool differs = changed.contains(key);
        fields.append(
            QJsonObject{{QStringLiteral("key"), key},
                        {QStringLiteral("type"), spec[QLatin1String("type")]},
                        {QStringLiteral("label"), spec[QLatin1String("label")]},
                        {QStringLiteral("value"), values.value(key)},
                        {QStringLiteral("revision"),
                         differs ? change.value(QLatin1String("revision")) : QJsonValue(1)},
                        {QStringLiteral("modifiedAt"),
                         differs ? change.value(QLatin1String("modifiedAt")) : createdAt},
                        {QStringLiteral("modifiedBy"),
                         differs ? orNull(change.value(QLatin1String("modifiedBy"))) : createdBy}});
    }
    for (const QString &key : values.keys() + changed.keys())
        if (!keys.contains(key))
            return std::nullopt;
    const QJsonValue unit = compact.value(QLatin1String("unit"));
    return QJsonObject{
        {QStringLiteral("id"), compact.value(QLatin1String("id"))},
        {QStringLiteral("form"), formId},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("personal"), unit.isNull()},
        {QStringLiteral("sequence"), compact.value(QLatin1String("sequence"))},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("clientRef"), orNull(compact.value(QLatin1String("clientRef")))},
        {QStringLiteral("fields"), fields}};
}

} // namespace vaultlink::server::test
