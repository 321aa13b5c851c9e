#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace vaultlink::server {

struct HttpRequest;

// A request's JSON object with typed accessors; every mistake becomes a specific problem
// (malformed-json, unsupported-media-type, invalid-request naming the field).
class JsonBody {
public:
    explicit JsonBody(const HttpRequest &request);

    QString string(const char *key) const;         // required, non-empty
    QString optionalString(const char *key) const; // absent: empty
    qint64 integer(const char *key) const;         // required
    QJsonObject object(const char *key) const;     // absent: empty object
    QJsonArray array(const char *key) const;       // required
    QByteArray base64(const char *key) const;      // required, standard base64 with padding
    const QJsonObject &raw() const { return m_object; }

private:
    QJsonValue require(const char *key) const;
    QJsonObject m_object;
};

// A path or query parameter that must be a canonical non-negative decimal ("0", "42"; not
// "+1", "01", "1 " or "0x10"); InvalidRequest otherwise.
qint64 integerParam(const QString &text, const char *name);
// A query parameter that must be given once, as integerParam takes it; InvalidRequest naming it
// in "field" otherwise.
qint64 requiredIntegerQuery(const HttpRequest &request, const char *name);

} // namespace vaultlink::server
