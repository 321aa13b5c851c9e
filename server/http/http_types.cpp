#include "server/http/http_types.h"

#include "server/common/refusal.h"

#include <QJsonDocument>

namespace vaultlink::server {

QString bearerToken(const QByteArray &authorization) {
    const QByteArray value = authorization.trimmed();
    if (!value.toLower().startsWith("bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

QString HttpRequest::bearerToken() const {
    return server::bearerToken(header("authorization"));
}

QString HttpRequest::cookie(const QString &name) const {
    for (const QByteArray &part : header("cookie").split(';')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0 && QString::fromLatin1(part.left(eq).trimmed()) == name)
            return QString::fromLatin1(part.mid(eq + 1).trimmed());
    }
    return {};
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status) {
    return {
        status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}, {}};
}

HttpResponse HttpResponse::jsonText(QByteArray body, int status) {
    return {status, "application/json", std::move(body), {}, {}};
}

HttpResponse HttpResponse::html(const QString &page, int status) {
    return {status, "text/html; charset=utf-8", page.toUtf8(), {}, {}};
}

HttpResponse HttpResponse::noContent() {
    return {204, {}, {}, {}, {}};
}

HttpResponse HttpResponse::later(std::shared_ptr<LongPoll> poll) {
    HttpResponse response;
    response.longPoll = std::move(poll);
    return response;
}

HttpResponse HttpResponse::redirect(const QString &location) {
    return {303, {}, {}, {{"Location", location.toUtf8()}}, {}};
}

HttpResponse HttpResponse::problem(const Refusal &refusal) {
    const ErrorInfo &info = errorInfo(refusal.error());
    QJsonObject body = refusal.extra();
    body.insert(
        QStringLiteral("type"),
        QStringLiteral("https://vaultlink.invalid/problems/%1").arg(QLatin1String(info.code)));
    body.insert(QStringLiteral("title"), QString::fromLatin1(info.title));
    body.insert(QStringLiteral("status"), info.status);
    body.insert(QStringLiteral("code"), QString::fromLatin1(info.code));
    body.insert(QStringLiteral("detail"), refusal.detail());
    HttpResponse response{info.status,
                          "application/problem+json",
                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                          {},
                          {}};
    if (info.status == 401)
        response.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"vaultlink\"");
    if (refusal.error() == Error::LoginThrottled)
        response.headers.emplaceBack(
            "Retry-After",
            QByteArray::number(
                refusal.extra().value(QStringLiteral("retryAfterSeconds")).toInteger()));
    return response;
}

} // namespace vaultlink::server
