#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace vaultlink::server {

class Refusal;

// The token of an "Authorization: Bearer <token>" header (scheme case-insensitive), or empty.
QString bearerToken(const QByteArray &authorization);

struct HttpRequest {
    QByteArray method; // upper case
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHash<QString, QString> params; // from the route pattern

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString bearerToken() const;
    QString cookie(const QString &name) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse html(const QString &page, int status = 200);
    static HttpResponse noContent();
    static HttpResponse redirect(const QString &location);
    // RFC 9457 problem details: type, title, status, detail, "code" (stable) plus extras.
    static HttpResponse problem(const Refusal &refusal);
};

} // namespace vaultlink::server
