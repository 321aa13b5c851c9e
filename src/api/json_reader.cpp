#include "src/api/json_reader.h"

namespace vaultlink {

std::optional<qint64> wholeNumber(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    // toInteger answers its default for fractions and out-of-range numbers; two defaults tell
    // those apart from a real value.
    const qint64 low = value.toInteger(0);
    if (low != value.toInteger(1))
        return std::nullopt;
    return low;
}

JsonReader::JsonReader(const QJsonObject &object, QString label)
    : m_object(object)
    , m_label(std::move(label))
    , m_error(&m_ownError) {}

JsonReader::JsonReader(const QJsonObject &object, QString label, QString path, QString *error)
    : m_object(object)
    , m_label(std::move(label))
    , m_path(std::move(path))
    , m_error(error) {}

QString JsonReader::pathOf(const char *key) const {
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

void JsonReader::fail(const QString &member, const QString &problem) {
    if (m_error->isEmpty())
        *m_error = QStringLiteral("%1: member '%2' %3").arg(m_label, member, problem);
}

bool JsonReader::has(const char *key) const {
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

QJsonValue JsonReader::member(const char *key, QJsonValue::Type type, const char *typeName) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined()) {
        fail(pathOf(key), QStringLiteral("is missing"));
        return {};
    }
    if (value.type() != type) {
        fail(pathOf(key), QStringLiteral("is not %1").arg(QLatin1String(typeName)));
        return {};
    }
    return value;
}

QString JsonReader::string(const char *key) {
    return member(key, QJsonValue::String, "a string").toString();
}

QString JsonReader::nonEmptyString(const char *key) {
    const QString text = string(key);
    if (text.isEmpty() && has(key))
        fail(pathOf(key), QStringLiteral("is empty"));
    return text;
}

QString JsonReader::optionalString(const char *key, const QString &fallback) {
    return has(key) ? string(key) : fallback;
}

qint64 JsonReader::integer(const char *key) {
    const QJsonValue value = member(key, QJsonValue::Double, "a number");
    if (value.isUndefined())
        return 0;
    const std::optional<qint64> number = wholeNumber(value);
    if (!number)
        fail(pathOf(key), QStringLiteral("is not a whole number"));
    return number.value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(const char *key) {
    if (!has(key))
        return std::nullopt;
    return integer(key);
}

bool JsonReader::boolean(const char *key) {
    return member(key, QJsonValue::Bool, "true or false").toBool();
}

bool JsonReader::optionalBoolean(const char *key, bool fallback) {
    return has(key) ? boolean(key) : fallback;
}

QDateTime JsonReader::time(const char *key) {
    const QString text = string(key);
    if (!ok())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        fail(pathOf(key), QStringLiteral("is not an RFC 3339 time"));
    return time;
}

QJsonArray JsonReader::array(const char *key) {
    return member(key, QJsonValue::Array, "an array").toArray();
}

JsonReader JsonReader::object(const char *key) {
    const QJsonObject object = member(key, QJsonValue::Object, "an object").toObject();
    return JsonReader(object, m_label, pathOf(key), m_error);
}

JsonReader JsonReader::objectAt(const QJsonArray &array, qsizetype index, const char *key) {
    const QString path = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        fail(path, QStringLiteral("is not an object"));
    return JsonReader(value.toObject(), m_label, path, m_error);
}

qint64 JsonReader::integerAt(const QJsonArray &array, qsizetype index, const char *key) {
    const std::optional<qint64> number = wholeNumber(array.at(index));
    if (!number)
        fail(QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index),
             QStringLiteral("is not a whole number"));
    return number.value_or(0);
}

QString JsonReader::stringAt(const QJsonArray &array, qsizetype index, const char *key) {
    const QJsonValue value = array.at(index);
    if (!value.isString())
        fail(QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index),
             QStringLiteral("is not a string"));
    return value.toString();
}

} // namespace vaultlink
