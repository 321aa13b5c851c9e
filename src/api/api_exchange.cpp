#include "src/api/api_exchange.h"

#include "src/api/api_error.h"

#include <QJsonDocument>

#include <chrono>

namespace vaultlink {

namespace {

std::optional<QJsonObject> jsonObject(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A problem document (§4) is recognised by its code, whatever the content type says.
std::optional<QJsonObject> problemOf(const HttpResponse &response) {
    std::optional<QJsonObject> problem = jsonObject(response.body);
    if (!problem || !problem->value(QLatin1String("code")).isString() ||
        problem->value(QLatin1String("code")).toString().isEmpty())
        return std::nullopt;
    return problem;
}

bool isTransientStatus(int status) {
    return status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

bool shouldRepeat(const HttpResponse &response, Repeat rule) {
    if (response.failure == NetFailure::None) {
        if (rule != Repeat::Safe || !isTransientStatus(response.status))
            return false;
        // Switched off by the administrator: that lasts, so the caller is told at once.
        const std::optional<QJsonObject> problem = problemOf(response);
        return !problem || problem->value(QLatin1String("code")).toString() !=
                               QLatin1String("web-services-disabled");
    }
    if (response.failure == NetFailure::Tls)
        return false; // a refused certificate does not heal by itself
    if (rule == Repeat::Safe)
        return true;
    // A POST goes again only when it certainly never arrived, and only for failures that pass:
    // a name that does not resolve will not resolve a second later. A connection cut before
    // its TLS handshake ended carried no byte of the request (a flaky mobile network does this;
    // the fault-injection test found a sync's refresh given up on at once).
    if (response.maybeDelivered)
        return false;
    return response.failure == NetFailure::ConnectionRefused ||
           response.failure == NetFailure::Unreachable || response.failure == NetFailure::Timeout ||
           response.failure == NetFailure::ConnectionLost;
}

HttpResponse sendRepeating(Transport &transport, const HttpRequest &request, Repeat rule,
                           Backoff &backoff, const Sleeper &sleeper) {
    using std::chrono::milliseconds;
    const milliseconds budget = backoff.limits().callBudget;
    const bool bounded = budget > milliseconds(0);
    // Time spent is the attempts' as measured plus the waits as asked for: the same as the
    // wall clock in use, and exact with a sleeper that only records (tests).
    milliseconds spent(0);
    HttpRequest attempt = request;
    for (;;) {
        if (bounded)
            attempt.timeout = budget - spent;
        const auto started = std::chrono::steady_clock::now();
        HttpResponse response = transport.send(attempt);
        spent +=
            std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - started);
        if (!shouldRepeat(response, rule))
            return response;
        const std::optional<milliseconds> delay = backoff.next();
        if (!delay || (bounded && spent + *delay >= budget))
            return response;
        if (sleeper)
            sleeper(*delay);
        spent += *delay;
    }
}

HttpRequest apiRequest(const QUrl &base, const QByteArray &method, const QString &path,
                       const QString &bearer, const QString &query) {
    HttpRequest request;
    request.method = method;
    request.url = base;
    request.url.setPath(base.path(QUrl::FullyEncoded) + QLatin1String("/api/v1") + path,
                        QUrl::TolerantMode);
    request.url.setQuery(query.isEmpty() ? QString() : query, QUrl::TolerantMode);
    request.url.setFragment(QString());
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!bearer.isEmpty())
        request.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer.toUtf8()});
    return request;
}

QByteArray bodyOf(const HttpResponse &response, const QString &what, int expected) {
    if (response.failure != NetFailure::None)
        throw ApiError::network(response);
    const int status = response.status;
    if (status < 200 || status > 299) {
        if (std::optional<QJsonObject> problem = problemOf(response))
            throw ApiError::refusal(status, *problem);
        throw ApiError::badAnswer(
            QStringLiteral("%1 answered HTTP %2 without a problem document").arg(what).arg(status));
    }
    if (status != expected)
        throw ApiError::badAnswer(QStringLiteral("%1 answered HTTP %2 instead of %3")
                                      .arg(what)
                                      .arg(status)
                                      .arg(expected));
    return response.body;
}

QJsonObject answerOf(const HttpResponse &response, const QString &what, int expected) {
    const QByteArray body = bodyOf(response, what, expected);
    if (expected == 204)
        return {};
    std::optional<QJsonObject> json = jsonObject(body);
    if (!json)
        throw ApiError::badAnswer(
            QStringLiteral("the answer to %1 is not a JSON object").arg(what));
    return *json;
}

} // namespace vaultlink
