#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vaultlink {

// Reads the members of one JSON object strictly (present and of the documented type), and
// remembers the first member that is not, so that a parser reads everything and checks once.
// Readers for nested objects report into the reader they came from.
class JsonReader {
public:
    // `label` names the whole document in messages, e.g. "the token grant".
    JsonReader(const QJsonObject &object, QString label);
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    QString string(const char *key);
    QString nonEmptyString(const char *key);
    QString optionalString(const char *key, const QString &fallback = {}); // absent or null
    qint64 integer(const char *key);
    std::optional<qint64> optionalInteger(const char *key); // absent or null
    bool boolean(const char *key);
    bool optionalBoolean(const char *key, bool fallback); // absent or null
    QDateTime time(const char *key);                      // RFC 3339
    QJsonArray array(const char *key);
    JsonReader object(const char *key);
    bool has(const char *key) const; // present and not null

    // The elements of an array read with array(): each must have the expected type.
    JsonReader objectAt(const QJsonArray &array, qsizetype index, const char *key);
    qint64 integerAt(const QJsonArray &array, qsizetype index, const char *key);
    QString stringAt(const QJsonArray &array, qsizetype index, const char *key);

    const QJsonObject &json() const { return m_object; }
    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; } // empty while ok()
    void fail(const QString &member, const QString &problem);

private:
    JsonReader(const QJsonObject &object, QString label, QString path, QString *error);
    QString pathOf(const char *key) const;
    QJsonValue member(const char *key, QJsonValue::Type type, const char *typeName);

    QJsonObject m_object;
    QString m_label;
    QString m_path; // of this object within the document, empty at the top
    QString m_ownError;
    QString *m_error;
};

// The whole-number value of a JSON number, if it is one.
std::optional<qint64> wholeNumber(const QJsonValue &value);

} // namespace vaultlink
