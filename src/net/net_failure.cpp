#include "src/net/net_failure.h"

#include <QNetworkReply>

namespace vaultlink {

namespace {

HttpResponse failure(NetFailure kind, QString message, bool maybeDelivered) {
    HttpResponse response;
    response.failure = kind;
    response.message = std::move(message);
    response.maybeDelivered = maybeDelivered;
    return response;
}

QString hostOf(const QUrl &url) {
    return url.host();
}

QString duration(std::chrono::milliseconds timeout) {
    if (timeout.count() % 1000 == 0)
        return QStringLiteral("%1 s").arg(timeout.count() / 1000);
    return QStringLiteral("%1 s").arg(static_cast<double>(timeout.count()) / 1000.0, 0, 'f', 1);
}

} // namespace

HttpResponse plainHttpRefused(const QUrl &url) {
    return failure(NetFailure::Other,
                   QStringLiteral("plain HTTP to %1 is refused: passwords are only sent over HTTPS")
                       .arg(hostOf(url)),
                   false);
}

HttpResponse tlsRefused(const TrustPolicy::Verdict &verdict) {
    HttpResponse response = failure(NetFailure::Tls, verdict.message, false);
    response.tls = verdict.failure;
    return response;
}

HttpResponse timedOut(const QUrl &url, std::chrono::milliseconds timeout,
                      const ConnectionProgress &progress) {
    return failure(NetFailure::Timeout,
                   QStringLiteral("the server at %1 did not answer within %2 (timeout)")
                       .arg(hostOf(url), duration(timeout)),
                   !progress.certainlyUnsent());
}

HttpResponse failureOf(const QUrl &url, const QNetworkReply &reply,
                       const ConnectionProgress &progress) {
    const QString host = hostOf(url);
    const bool maybeDelivered = !progress.certainlyUnsent();
    switch (reply.error()) {
    case QNetworkReply::HostNotFoundError:
        return failure(NetFailure::HostNotFound,
                       QStringLiteral("the server name could not be found (DNS): %1").arg(host),
                       false);
    case QNetworkReply::ConnectionRefusedError:
        return failure(NetFailure::ConnectionRefused,
                       QStringLiteral("nobody answers on port %1 at %2 (connection refused)")
                           .arg(url.port(443))
                           .arg(host),
                       false);
    case QNetworkReply::TimeoutError:
        return failure(NetFailure::Timeout,
                       QStringLiteral("the connection to %1 timed out").arg(host), maybeDelivered);
    case QNetworkReply::RemoteHostClosedError:
        return failure(
            NetFailure::ConnectionLost,
            QStringLiteral("the connection to %1 was closed before the answer arrived").arg(host),
            maybeDelivered);
    case QNetworkReply::SslHandshakeFailedError: {
        HttpResponse response =
            failure(NetFailure::Tls,
                    QStringLiteral("the secure connection to %1 could not be set up (%2)")
                        .arg(host, reply.errorString()),
                    false);
        response.tls = TlsFailure::Other;
        return response;
    }
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return failure(NetFailure::Unreachable,
                       QStringLiteral("%1 cannot be reached: the network is down").arg(host),
                       maybeDelivered);
    case QNetworkReply::UnknownNetworkError:
        // Socket errors without a code of their own; before the handshake they are the
        // "no route" kind (network or host unreachable).
        if (progress.certainlyUnsent())
            return failure(NetFailure::Unreachable,
                           QStringLiteral("%1 cannot be reached: no network or no route (%2)")
                               .arg(host, reply.errorString()),
                           false);
        return failure(
            NetFailure::ConnectionLost,
            QStringLiteral("the connection to %1 broke (%2)").arg(host, reply.errorString()), true);
    default:
        return failure(
            NetFailure::Other,
            QStringLiteral("the request to %1 failed (%2)").arg(host, reply.errorString()),
            maybeDelivered);
    }
}

} // namespace vaultlink
