#include "src/net/transport.h"

#include "src/net/content_decoding.h"
#include "src/net/net_failure.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

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
    bool encodings = false;
    for (const auto &[name, value] : request.headers) {
        out.setRawHeader(name, value);
        typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
        encodings = encodings || name.compare("accept-encoding", Qt::CaseInsensitive) == 0;
    }
    // Asked for here rather than by Qt, so that Qt checks the body's length as it was sent and
    // decodeContent reads the stream to its end (content_decoding.h says why).
    if (!encodings)
        out.setRawHeader("Accept-Encoding", "gzip, deflate");
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

QList<HttpResponse> Transport::sendAll(const QList<HttpRequest> &requests) {
    QList<HttpResponse> responses;
    responses.reserve(requests.size());
    for (const HttpRequest &request : requests)
        responses.append(send(request));
    return responses;
}

// One request on its way: its reply, what its signals told, and its own deadline.
struct QtTransport::InFlight {
    InFlight(QtTransport::Private &d, const HttpRequest &request, QEventLoop &loop,
             const std::function<void()> &onFinished)
        : url(request.url) {
        const QNetworkRequest netRequest = networkRequest(request, d.trust);
        reply.reset(request.method == "GET"
                        ? d.network.get(netRequest)
                        : d.network.sendCustomRequest(netRequest, request.method, request.body));
        d.trust.attach(reply.get(), [this](const TrustPolicy::Verdict &v) { refusal = v; });
        QObject::connect(reply.get(), &QNetworkReply::socketStartedConnecting, reply.get(),
                         [this] { progress.connecting = true; });
        QObject::connect(reply.get(), &QNetworkReply::encrypted, reply.get(),
                         [this] { progress.encrypted = true; });
        QObject::connect(reply.get(), &QNetworkReply::requestSent, reply.get(),
                         [this] { progress.sent = true; });
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, onFinished);
        limit = request.timeout > std::chrono::milliseconds(0)
                    ? std::min(request.timeout, d.timeout)
                    : d.timeout;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, [this] {
            // An answer that completed in the same turn of the loop stands: calling it a timeout
            // would hide, say, a refresh the server has already carried out.
            if (reply->isFinished())
                return;
            expired = true;
            reply->abort(); // finishes the reply
        });
        timer.start(limit);
        if (request.abandon) {
            QObject::connect(&watch, &QTimer::timeout, &loop, [this, flag = request.abandon] {
                if (!flag->load() || reply->isFinished())
                    return;
                expired = true;
                reply->abort();
            });
            watch.start(100);
        }
    }

    HttpResponse response() {
        timer.stop();
        watch.stop();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (refusal)
            return tlsRefused(*refusal);
        if (expired)
            return timedOut(url, limit, progress);
        if (!isHttpAnswer(*reply, status))
            return failureOf(url, *reply, progress);
        HttpResponse out;
        out.status = status;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            out.headers.insert(name.toLower(), value);
        QString why;
        std::optional<QByteArray> body =
            decodeContent(out.headers.value("content-encoding"), reply->readAll(), &why);
        if (!body)
            return undecodable(url, why);
        out.body = std::move(*body);
        out.headers.remove("content-encoding");
        return out;
    }

    QUrl url;
    std::unique_ptr<QNetworkReply> reply;
    std::optional<TrustPolicy::Verdict> refusal;
    ConnectionProgress progress;
    QTimer timer;
    QTimer watch; // for `abandon`
    std::chrono::milliseconds limit{0};
    bool expired = false;
};

HttpResponse QtTransport::send(const HttpRequest &request) {
    return sendAll({request}).value(0);
}

QList<HttpResponse> QtTransport::sendAll(const QList<HttpRequest> &requests) {
    QList<HttpResponse> responses(requests.size());
    QEventLoop loop;
    // Made before the loop runs and kept in place: their signals refer to them.
    std::vector<std::unique_ptr<InFlight>> inFlight(static_cast<std::size_t>(requests.size()));
    const auto allFinished = [&inFlight] {
        return std::all_of(inFlight.begin(), inFlight.end(), [](const auto &request) {
            return !request || request->reply->isFinished();
        });
    };
    const std::function<void()> onFinished = [&] {
        if (allFinished())
            loop.quit();
    };
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests[i].url.scheme() != QLatin1String("https"))
            responses[i] = plainHttpRefused(requests[i].url);
        else
            inFlight[static_cast<std::size_t>(i)] =
                std::make_unique<InFlight>(*d, requests[i], loop, onFinished);
    }
    if (!allFinished()) // a reply may finish while it is made (a refusal Qt knows at once)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    for (qsizetype i = 0; i < requests.size(); ++i)
        if (const auto &request = inFlight[static_cast<std::size_t>(i)])
            responses[i] = request->response();
    return responses;
}

} // namespace vaultlink
