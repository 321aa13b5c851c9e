#include "src/net/net_failure.h"

#include "src/base/message_catalog.h"

#include <QNetworkReply>

namespace vaultlink {

namespace {

HttpResponse failure(NetFailure kind, Message message, bool maybeDelivered) {
    HttpResponse response;
    response.failure = kind;
    response.message = std::move(message);
    response.maybeDelivered = maybeDelivered;
    return response;
}

QString hostOf(const QUrl &url) {
    return url.host();
}

QString seconds(std::chrono::milliseconds timeout) {
    if (timeout.count() % 1000 == 0)
        return QString::number(timeout.count() / 1000);
    return QString::number(static_cast<double>(timeout.count()) / 1000.0, 'f', 1);
}

} // namespace

HttpResponse plainHttpRefused(const QUrl &url) {
    return failure(NetFailure::Other, Message(msg::PlainHttpRefused, {hostOf(url)}), false);
}

HttpResponse tlsRefused(const TrustPolicy::Verdict &verdict) {
    HttpResponse response = failure(NetFailure::Tls, verdict.message, false);
    response.tls = verdict.failure;
    return response;
}

HttpResponse timedOut(const QUrl &url, std::chrono::milliseconds timeout,
                      const ConnectionProgress &progress) {
    return failure(NetFailure::Timeout, Message(msg::Timeout, {hostOf(url), seconds(timeout)}),
                   !progress.certainlyUnsent());
}

HttpResponse failureOf(const QUrl &url, const QNetworkReply &reply,
                       const ConnectionProgress &progress) {
    const QString host = hostOf(url);
    const bool maybeDelivered = !progress.certainlyUnsent();
    switch (reply.error()) {
    case QNetworkReply::HostNotFoundError:
        return failure(NetFailure::HostNotFound, Message(msg::HostNotFound, {host}), false);
    case QNetworkReply::ConnectionRefusedError:
        return failure(NetFailure::ConnectionRefused,
                       Message(msg::ConnectionRefused, {host, QString::number(url.port(443))}),
                       false);
    case QNetworkReply::TimeoutError:
        return failure(NetFailure::Timeout, Message(msg::ConnectionTimedOut, {host}),
                       maybeDelivered);
    case QNetworkReply::RemoteHostClosedError:
        return failure(NetFailure::ConnectionLost, Message(msg::ConnectionLost, {host}),
                       maybeDelivered);
    case QNetworkReply::SslHandshakeFailedError: {
        HttpResponse response = failure(
            NetFailure::Tls, Message(msg::TlsHandshake, {host, reply.errorString()}), false);
        response.tls = TlsFailure::Other;
        return response;
    }
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return failure(NetFailure::Unreachable, Message(msg::NetworkDown, {host}), maybeDelivered);
    case QNetworkReply::UnknownNetworkError:
        // Socket errors without a code of their own; before the handshake they are the
        // "no route" kind (network or host unreachable).
        if (progress.certainlyUnsent())
            return failure(NetFailure::Unreachable,
                           Message(msg::NoRoute, {host, reply.errorString()}), false);
        return failure(NetFailure::ConnectionLost,
                       Message(msg::ConnectionBroke, {host, reply.errorString()}), true);
    default:
        return failure(NetFailure::Other, Message(msg::RequestFailed, {host, reply.errorString()}),
                       maybeDelivered);
    }
}

} // namespace vaultlink
