#include "tests/unit/support/http_doubles.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace vaultlink::testing {

HttpResponse FakeTransport::send(const HttpRequest &request) {
    requests.append(request);
    if (script.isEmpty()) {
        ADD_FAILURE() << "request not in the script: " << request.method.toStdString() << " "
                      << request.url.toString().toStdString();
        return noAnswer(NetFailure::Other, true);
    }
    return script.takeFirst();
}

HttpResponse jsonAnswer(int status, const QJsonObject &body) {
    return rawAnswer(status, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json");
}

HttpResponse rawAnswer(int status, const QByteArray &body, const QByteArray &type) {
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.insert("content-type", type);
    return response;
}

HttpResponse problemAnswer(int status, const QString &code, const QJsonObject &extra) {
    QJsonObject problem = extra;
    problem.insert(QStringLiteral("type"),
                   QStringLiteral("https://vaultlink.invalid/problems/") + code);
    problem.insert(QStringLiteral("title"), QStringLiteral("Title of ") + code);
    problem.insert(QStringLiteral("status"), status);
    problem.insert(QStringLiteral("code"), code);
    problem.insert(QStringLiteral("detail"), QStringLiteral("detail of ") + code);
    return rawAnswer(status, QJsonDocument(problem).toJson(QJsonDocument::Compact),
                     "application/problem+json");
}

HttpResponse noAnswer(NetFailure failure, bool maybeDelivered, TlsFailure tls) {
    HttpResponse response;
    response.failure = failure;
    response.tls = tls;
    response.maybeDelivered = maybeDelivered;
    return response;
}

QJsonObject bodyOf(const HttpRequest &request) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << request.body.toStdString();
    EXPECT_TRUE(document.isObject()) << request.body.toStdString();
    return document.object();
}

QByteArray headerOf(const HttpRequest &request, const QByteArray &name) {
    for (const auto &[key, value] : request.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace vaultlink::testing
