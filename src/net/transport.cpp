#include "src/net/transport.h"

#include "src/net/net_failure.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace vaultlink {

struct QtTransport::Private {
    Private(TrustPolicy policy, std::chrono::milliseconds limit)
        : trust(std::move(policy))
        , timeout(limit) {}

    TrustPolicy trust;
    std::chrono::milliseconds timeout;
    // Lives in the thread that made the transport, which is the one that sends through it.
    QNetworkAccessManager network;
};

QtTransport::QtTransport(TrustPolicy trust, std::chrono::milliseconds timeout)
    : d(std::make_unique<Private>(std::move(trust), timeout)) {
    d->network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QtTransport::~QtTransport() {
    // Cached connections are torn down on Qt's HTTP thread; ending them here, while that thread
    // still runs, frees their TLS state instead of leaving it to process exit.
    d->network.clearConnectionCache();
}

namespace {

// Tokens and passwords travel in headers and bodies, so no cookie or cache keeps anything
// between requests; redirects are not followed, so a request never goes where it was not sent.
QNetworkRequest networkRequest(const HttpRequest &request, const TrustPolicy &trust) {
    QNetworkRequest out(request.url);
    out.setSslConfiguration(trust.configuration());
    out.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    bool typed = false;
    for (const auto &[name, value] : request.headers) {
        out.setRawHeader(name, value);
        typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!request.body.isEmpty() && !typed)
        out.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return out;
}

// Whether the reply carries an HTTP answer (any status) rather than a transport failure: Qt
// reports 4xx and 5xx answers as errors too, in its content and server ranges.
bool isHttpAnswer(const QNetworkReply &reply, int status) {
    const int error = reply.error();
    if (status <= 0)
        return false;
    return error == QNetworkReply::NoError || (error >= 201 && error <= 299) ||
           (error >= 401 && error <= 499) || error == QNetworkReply::ProtocolInvalidOperationError;
}

} // namespace

HttpResponse QtTransport::send(const HttpRequest &request) {
    if (request.url.scheme() != QLatin1String("https"))
        return plainHttpRefused(request.url);

    const QNetworkRequest netRequest = networkRequest(request, d->trust);
    std::unique_ptr<QNetworkReply> reply(
        request.method == "GET"
            ? d->network.get(netRequest)
            : d->network.sendCustomRequest(netRequest, request.method, request.body));

    std::optional<TrustPolicy::Verdict> refusal;
    d->trust.attach(reply.get(), [&refusal](const TrustPolicy::Verdict &v) { refusal = v; });
    ConnectionProgress progress;
    QObject::connect(reply.get(), &QNetworkReply::socketStartedConnecting, reply.get(),
                     [&progress] { progress.connecting = true; });
    QObject::connect(reply.get(), &QNetworkReply::encrypted, reply.get(),
                     [&progress] { progress.encrypted = true; });
    QObject::connect(reply.get(), &QNetworkReply::requestSent, reply.get(),
                     [&progress] { progress.sent = true; });

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool expired = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        // An answer that completed in the same turn of the loop stands: calling it a timeout
        // would hide, say, a refresh the server has already carried out.
        if (reply->isFinished())
            return;
        expired = true;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    const std::chrono::milliseconds limit = request.timeout > std::chrono::milliseconds(0)
                                                ? std::min(request.timeout, d->timeout)
                                                : d->timeout;
    timer.start(limit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (refusal)
        return tlsRefused(*refusal);
    if (expired)
        return timedOut(request.url, limit, progress);
    if (!isHttpAnswer(*reply, status))
        return failureOf(request.url, *reply, progress);

    HttpResponse response;
    response.status = status;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    response.body = reply->readAll();
    return response;
}

} // namespace vaultlink
