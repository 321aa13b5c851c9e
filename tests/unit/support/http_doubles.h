#pragma once

// Answers as a server or the network gives them, and a transport that plays them from a script:
// the client tests' network seam. Problem documents are made here only, in the shape of
// docs/api.md §4.

#include "src/net/transport.h"

#include <QJsonObject>
#include <QList>

namespace vaultlink::testing {

// Answers from a script, in order, and keeps every request it was given; a request beyond the
// script fails the test.
class FakeTransport final : public Transport {
public:
    HttpResponse send(const HttpRequest &request) override;

    FakeTransport &then(HttpResponse response) {
        script.append(std::move(response));
        return *this;
    }

    QList<HttpResponse> script;
    QList<HttpRequest> requests;
};

HttpResponse jsonAnswer(int status, const QJsonObject &body);
HttpResponse rawAnswer(int status, const QByteArray &body, const QByteArray &type);
// application/problem+json with type, title, status, code and detail, plus `extra` members.
HttpResponse problemAnswer(int status, const QString &code, const QJsonObject &extra = {});
// No HTTP answer at all: what the transport reports for DNS, refused, TLS, timeouts, …
HttpResponse noAnswer(NetFailure failure, bool maybeDelivered, TlsFailure tls = TlsFailure::None);

// The body of a recorded request as JSON; its header by name, in any case.
QJsonObject bodyOf(const HttpRequest &request);
QByteArray headerOf(const HttpRequest &request, const QByteArray &name);

} // namespace vaultlink::testing
