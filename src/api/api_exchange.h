#pragma once

#include "src/net/backoff.h"
#include "src/net/transport.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace vaultlink {

// When a failed request may be sent again (see ApiClient).
enum class Repeat {
    Safe,          // a GET: on any network failure but TLS, and on 500/502/503/504 answers
    IfUndelivered, // a POST: only when it certainly never reached the server
};

// Whether this outcome of one attempt calls for another under the rule.
bool shouldRepeat(const HttpResponse &response, Repeat rule);

// Sends the request, waiting and repeating as the rule and the back-off allow, within the
// back-off's call budget: each attempt may wait only for what is left of it, and no wait or
// attempt starts once it is spent. Returns the last outcome.
HttpResponse sendRepeating(Transport &transport, const HttpRequest &request, Repeat rule,
                           Backoff &backoff, const Sleeper &sleeper);

// The request for an endpoint under <base>/api/v1; `query` is already percent-encoded.
HttpRequest apiRequest(const QUrl &base, const QByteArray &method, const QString &path,
                       const QString &bearer = {}, const QString &query = {});

// The JSON object of a successful answer with `expected` status (an empty object for 204);
// throws ApiError for a failure, a refusal, or an answer outside the contract. `what` names
// the request in messages, e.g. "GET /api/v1/info".
QJsonObject answerOf(const HttpResponse &response, const QString &what, int expected = 200);
// The same checks, then the body as received, for answers read by a parser of their own.
QByteArray bodyOf(const HttpResponse &response, const QString &what, int expected = 200);

} // namespace vaultlink
