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

QByteArray JsonBody::base64(const char *key) const {
    const QByteArray text = string(key).toLatin1();
    const QByteArray::FromBase64Result result =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    // One encoding per value: without padding, with blanks or with stray bits it is refused.
    if (!result || result.decoded.isEmpty() || result.decoded.toBase64() != text)
        wrongType(key, "standard base64 with padding");
    return result.decoded;
}

namespace {
// Canonical decimal only: "+1", "01", " 1" or "1 " name the same record to a lenient parser and
// a different one (or none) to a cache or proxy in front of the server.
bool isCanonicalDecimal(const QString &text) {
    return !text.isEmpty() && text.size() <= 18 &&
           (text == QLatin1String("0") || text[0] != u'0') &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString notCanonical(const char *name) {
    return QStringLiteral("'%1' must be a decimal number without sign, spaces or leading zeros")
        .arg(QLatin1String(name));
}
} // namespace

qint64 integerParam(const QString &text, const char *name) {
    if (!isCanonicalDecimal(text))
        throw Refusal(Error::InvalidRequest, notCanonical(name));
    return text.toLongLong();
}

qint64 requiredIntegerQuery(const HttpRequest &request, const char *name) {
    const QStringList values = request.query.allQueryItemValues(QLatin1String(name));
    const QJsonObject field{{QStringLiteral("field"), QLatin1String(name)}};
    // Given twice, a proxy and the server might each take another one.
    if (values.size() != 1)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("the query needs '%1' exactly once").arg(QLatin1String(name)),
                      field);
    if (!isCanonicalDecimal(values.first()))
        throw Refusal(Error::InvalidRequest, notCanonical(name), field);
    return values.first().toLongLong();
}

} // namespace vaultlink::server
