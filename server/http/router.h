#pragma once

#include "server/http/http_types.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace vaultlink::server {

using Handler = std::function<HttpResponse(HttpRequest &)>;

// Exact-segment routing with "{name}" placeholders. An unknown path is not-found, a known
// path with another method is method-not-allowed; both as problems.
class Router {
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    HttpResponse dispatch(HttpRequest &request) const;

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool match(const Route &route, const QStringList &segments, HttpRequest &request);
    std::vector<Route> m_routes;
};

} // namespace vaultlink::server
