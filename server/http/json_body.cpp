#include "server/http/json_body.h"

#include "server/common/refusal.h"
#include "server/http/http_types.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace vaultlink::server {

namespace {
[[noreturn]] void wrongType(const char *key, const char *expected) {
    throw Refusal(
        Error::InvalidRequest,
        QStringLiteral("field '%1' must be %2").arg(QLatin1String(key), QLatin1String(expected)),
        {{QStringLiteral("field"), QLatin1String(key)}});
}
} // namespace

JsonBody::JsonBody(const HttpRequest &request) {
    const QByteArray type = request.header("content-type").toLower();
    if (!type.startsWith("application/json"))
        throw Refusal(Error::UnsupportedMediaType,
                      QStringLiteral("send the body as application/json"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw Refusal(Error::MalformedJson,
                      QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw Refusal(Error::InvalidRequest, QStringLiteral("the body must be a JSON object"));
    m_object = doc.object();
}

QJsonValue JsonBody::require(const char *key) const {
    QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("field '%1' is required").arg(QLatin1String(key)),
                      {{QStringLiteral("field"), QLatin1String(key)}});
    return value;
}

QString JsonBody::string(const char *key) const {
    const QJsonValue value = require(key);
    if (!value.isString() || value.toString().isEmpty())
        wrongType(key, "a non-empty string");
    return value.toString();
}

QString JsonBody::optionalString(const char *key) const {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        wrongType(key, "a string");
    return value.toString();
}

qint64 JsonBody::integer(const char *key) const {
    const QJsonValue value = require(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9.0e15)
        wrongType(key, "an integer");
    return static_cast<qint64>(number);
}

QJsonObject JsonBody::object(const char *key) const {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        wrongType(key, "an object");
    return value.toObject();
}

QJsonArray JsonBody::array(const char *key) const {
    const QJsonValue value = require(key);
    if (!value.isArray())
        wrongType(key, "an array");
    return value.toArray();
}

qint64 integerParam(const QString &text, const char *name) {
    // Canonical decimal only: "+1", "01", " 1" or "1 " name the same record to a lenient parser
    // and a different one (or none) to a cache or proxy in front of the server.
    const bool canonical =
        !text.isEmpty() && text.size() <= 18 && (text == QLatin1String("0") || text[0] != u'0') &&
        std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!canonical)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("'%1' must be a decimal number without sign, spaces or "
                                     "leading zeros")
                          .arg(QLatin1String(name)));
    return text.toLongLong();
}

} // namespace vaultlink::server
