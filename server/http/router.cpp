#include "server/http/router.h"

#include "server/common/refusal.h"

namespace vaultlink::server {

namespace {
QStringList split(const QString &path) {
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler) {
    m_routes.push_back({method, split(pattern), std::move(handler)});
}

bool Router::match(const Route &route, const QStringList &segments, HttpRequest &request) {
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments[i];
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}')))
            params.insert(want.mid(1, want.size() - 2), segments[i]);
        else if (want != segments[i])
            return false;
    }
    request.params = params;
    return true;
}

HttpResponse Router::dispatch(HttpRequest &request) const {
    const QStringList segments = split(request.path);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        if (!match(route, segments, request))
            continue;
        pathKnown = true;
        if (route.method == request.method)
            return route.handler(request);
    }
    if (pathKnown)
        throw Refusal(Error::MethodNotAllowed,
                      QStringLiteral("%1 is not accepted on %2")
                          .arg(QString::fromLatin1(request.method), request.path));
    throw Refusal(Error::NotFound, QStringLiteral("there is no endpoint %1").arg(request.path));
}

} // namespace vaultlink::server
