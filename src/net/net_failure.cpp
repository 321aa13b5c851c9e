#include "src/net/net_failure.h"

#include "src/base/message_catalog.h"

#include <QLoggingCategory>
#include <QNetworkReply>

#include <algorithm>
#include <iterator>

namespace vaultlink {

namespace {

// Off below warnings unless asked for: a front end's output stays what it prints itself.
Q_LOGGING_CATEGORY(netLog, "vaultlink.net", QtWarningMsg)

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

// OpenSSL's reasons (ERR_reason_error_string, the same words in OpenSSL 1.1 and 3) for a peer
// that offers only SSL 3, TLS 1.0 or 1.1 where this client asks for 1.2 or later...
bool saysTooOld(const QString &reason) {
    static const QLatin1StringView reasons[] = {
        QLatin1StringView("alert protocol version"), // the server refused our versions
        QLatin1StringView("unsupported protocol"),   // it chose one we do not offer
        QLatin1StringView("no protocols available"),
        QLatin1StringView("version too low"),
    };
    return std::any_of(std::begin(reasons), std::end(reasons), [&](QLatin1StringView r) {
        return reason.contains(r, Qt::CaseInsensitive);
    });
}

// ... and for an answer that is not a TLS record at all (what an HTTP server sends back to a
// ClientHello it reads as a malformed request).
bool saysNotTls(const QString &reason) {
    static const QLatin1StringView reasons[] = {
        QLatin1StringView("wrong version number"),
        QLatin1StringView("packet length too long"),
        QLatin1StringView("http request"),
        QLatin1StringView("unknown protocol"),
    };
    return std::any_of(std::begin(reasons), std::end(reasons), [&](QLatin1StringView r) {
        return reason.contains(r, Qt::CaseInsensitive);
    });
}

// A handshake that failed before any certificate was judged. The two causes a user can act on
// get a sentence of their own without OpenSSL's text, which goes to the log (the category
// vaultlink.net, at info level: QT_LOGGING_RULES="vaultlink.net.info=true") and never to a
// front end's output; anything else keeps it as the message's argument.
HttpResponse handshakeFailed(const QUrl &url, const QString &reason) {
    qCInfo(netLog).noquote() << "TLS handshake with" << url.host() << "failed:" << reason;
    const QString host = hostOf(url);
    HttpResponse response;
    if (saysTooOld(reason)) {
        response = failure(NetFailure::Tls, Message(msg::TlsProtocolTooOld, {host}), false);
        response.tls = TlsFailure::ProtocolTooOld;
    } else if (saysNotTls(reason)) {
        response =
            failure(NetFailure::Tls,
                    Message(msg::TlsNotHttps, {host, QString::number(url.port(443))}), false);
        response.tls = TlsFailure::NotTls;
    } else {
        response = failure(NetFailure::Tls, Message(msg::TlsHandshake, {host, reason}), false);
        response.tls = TlsFailure::Other;
    }
    response.detail = reason;
    return response;
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
    case QNetworkReply::SslHandshakeFailedError:
        return handshakeFailed(url, reply.errorString());
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

HttpResponse undecodable(const QUrl &url, const QString &why) {
    return failure(NetFailure::ConnectionLost, Message(msg::ConnectionBroke, {hostOf(url), why}),
                   true);
}

} // namespace vaultlink
