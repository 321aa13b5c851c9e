#pragma once

#include "src/base/message.h"
#include "src/net/tls_trust.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>

namespace vaultlink {

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // sent with Content-Type: application/json when not empty
    // How long this attempt may wait for its answer when less than the transport's own limit
    // (what is left of a call's budget; see sendRepeating); zero: the transport's limit.
    std::chrono::milliseconds timeout{0};
    // Set by another thread when the answer is no longer wanted (a user cancelling a long
    // poll): the transport gives up within a tenth of a second, as a Timeout. Null: never.
    const std::atomic<bool> *abandon = nullptr;
};

// Why no HTTP answer arrived; each is told apart for the user.
enum class NetFailure {
    None,              // an HTTP answer arrived (any status)
    HostNotFound,      // DNS
    ConnectionRefused, // nobody listens there
    Unreachable,       // no route, network down
    Timeout,           // no answer in time
    ConnectionLost,    // closed or reset after the request may have been sent
    Tls,               // see HttpResponse::tls
    Other
};

struct HttpResponse {
    NetFailure failure = NetFailure::None;
    TlsFailure tls = TlsFailure::None;
    Message message; // for failures: what went wrong
    QString detail;  // for failures, for logs only: a library's own words (OpenSSL's reason)
    // False only when the request certainly never reached the server (DNS, refused, TLS), so
    // that even a non-idempotent request may be sent again.
    bool maybeDelivered = true;
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// The network seam: the core sends every request through this, tests substitute their own.
class Transport {
public:
    virtual ~Transport() = default;
    virtual HttpResponse send(const HttpRequest &request) = 0;
    // The answers to several independent requests, in their order. A transport that can sends
    // them at the same time (on a mobile network the round trips, not the bytes, take the
    // time); this one sends them one after the other. Nothing is repeated.
    virtual QList<HttpResponse> sendAll(const QList<HttpRequest> &requests);
};

// HTTPS through Qt, blocking the calling thread (the app runs the core off the GUI thread),
// TLS 1.2+ with the profile's trust policy: host name and dates always checked.
class QtTransport final : public Transport {
public:
    explicit QtTransport(TrustPolicy trust,
                         std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~QtTransport() override;
    // One network access manager per transport, bound to the thread that made it: a copy would
    // share it, a move would leave an empty one behind.
    QtTransport(const QtTransport &) = delete;
    QtTransport &operator=(const QtTransport &) = delete;
    QtTransport(QtTransport &&) = delete;
    QtTransport &operator=(QtTransport &&) = delete;

    HttpResponse send(const HttpRequest &request) override;
    // All started at once: Qt spreads them over up to six connections to the server (its
    // limit per host for HTTP/1.1), each new one checked as any other.
    QList<HttpResponse> sendAll(const QList<HttpRequest> &requests) override;

private:
    struct Private;
    struct InFlight;
    const std::unique_ptr<Private> d;
};

} // namespace vaultlink
