#pragma once

#include "server/auth/device_login.h"
#include "server/auth/link_codes.h"
#include "server/auth/sessions.h"
#include "server/auth/web_sessions.h"
#include "server/common/clock.h"
#include "server/vault/feed.h"
#include "server/vault/records.h"

#include <functional>

namespace vaultlink::server {

class Clock;
class RandomSource;
class Store;
struct HttpRequest;

// What the HTTP routes work with, built once by the composition root.
struct ServerContext {
    ServerContext(Store &store, const Clock &clock, RandomSource &random, QString spkiPin);

    // The bearer token's session; AuthRequired when the request carries none.
    SessionContext requireSession(const HttpRequest &request);
    static Actor actorOf(const SessionContext &session);

    Store &store;
    const Clock &clock;
    RandomSource &random;
    Auth auth;
    DeviceLogin deviceLogin;
    Records records;
    Feed feed;
    LinkCodes linkCodes;
    WebSessions webSessions;
    QString pin;                       // of the certificate the server presents
    std::function<void()> dataChanged; // set by the notice hub
};

} // namespace vaultlink::server
