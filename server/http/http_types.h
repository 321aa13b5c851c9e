#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

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
    QString peerAddress;            // the client's IP address, for people to recognise

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString bearerToken() const;
    QString cookie(const QString &name) const;
};

struct LongPoll;

struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set instead of an answer when the answer is waited for (long_poll below).
    std::shared_ptr<LongPoll> longPoll;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // A body already written as JSON text (a feed page, JsonWriter).
    static HttpResponse jsonText(QByteArray body, int status = 200);
    static HttpResponse html(const QString &page, int status = 200);
    static HttpResponse noContent();
    static HttpResponse redirect(const QString &location);
    // RFC 9457 problem details: type, title, status, detail, "code" (stable) plus extras.
    static HttpResponse problem(const Refusal &refusal);
    // A long poll: the connection answers later, when `poll` gives an answer.
    static HttpResponse later(std::shared_ptr<LongPoll> poll);
};

// An answer that waits for something another request or process decides (an approval): the
// connection asks `check` again every intervalMs, answers with the first answer it gives, and
// at waitMs asks with `last` set, which must give one. Meanwhile the connection reads nothing
// more from its client.
struct LongPoll {
    std::function<std::optional<HttpResponse>(bool last)> check;
    int waitMs = 0;
    int intervalMs = 250;
};

} // namespace vaultlink::server
