#include "server/http/server_context.h"

#include "server/common/refusal.h"
#include "server/http/http_types.h"

namespace vaultlink::server {

ServerContext::ServerContext(Store &store_, const Clock &clock_, RandomSource &random_,
                             QString spkiPin)
    : store(store_)
    , clock(clock_)
    , random(random_)
    , auth(store_, clock_, random_)
    , deviceLogin(store_, clock_, random_)
    , records(store_, clock_)
    , feed(store_)
    , linkCodes(store_, clock_, random_)
    , webSessions(store_, clock_, random_)
    , pin(std::move(spkiPin)) {}

SessionContext ServerContext::requireSession(const HttpRequest &request) {
    const QString token = request.bearerToken();
    if (token.isEmpty())
        throw Refusal(Error::AuthRequired,
                      QStringLiteral("send the access token as \"Authorization: Bearer <token>\""));
    return auth.authenticate(token);
}

Actor ServerContext::actorOf(const SessionContext &session) {
    return {session.user.id, session.database.id, session.user.rights, session.device.name};
}

} // namespace vaultlink::server
