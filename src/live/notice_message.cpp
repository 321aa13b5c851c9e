#include "src/live/notice_message.h"

#include "src/api/json_reader.h"

#include <QJsonDocument>

namespace vaultlink {

std::optional<Notice> parseNotice(QByteArrayView text) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    JsonReader reader(document.object(), QStringLiteral("the change notice"));
    const QString type = reader.string("type");
    Notice notice;
    if (type == QLatin1String("error")) {
        notice.type = Notice::Type::Error;
        notice.code = reader.nonEmptyString("code");
        notice.detail = reader.optionalString("detail");
    } else if (type == QLatin1String("hello") || type == QLatin1String("changed")) {
        notice.type = type == QLatin1String("hello") ? Notice::Type::Hello : Notice::Type::Changed;
        notice.database = reader.integer("database");
        notice.sequence = reader.integer("sequence");
        if (notice.sequence < 0)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!reader.ok())
        return std::nullopt;
    return notice;
}

} // namespace vaultlink
