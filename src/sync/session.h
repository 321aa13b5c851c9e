#pragma once

#include "src/api/api_client.h"
#include "src/sync/token_store.h"

#include <optional>

namespace vaultlink {

class Clock;

// One profile's server session: the access token lives only in memory; the rotated refresh
// token is saved before the new access token is used (docs/api.md §3). Refreshes happen one at
// a time, on demand.
class ServerSession {
public:
    ServerSession(ApiClient &api, TokenStore &store, Clock &clock);

    void adopt(const TokenGrant &grant); // after a login: saved, then used
    bool canResume();                    // a refresh token is stored
    QString accessToken();               // refreshes when none is held or it is about to expire
    const std::optional<Policy> &lastPolicy() const { return m_policy; }
    void notePolicy(const Policy &policy) { m_policy = policy; }

    // Runs `call` with a current access token; an access token the server calls expired (clock
    // skew) is refreshed once and the call repeated.
    template <typename Call> auto run(Call &&call) -> decltype(call(QString())) {
        try {
            return call(accessToken());
        } catch (const ApiError &error) {
            if (error.code() != QLatin1String("token-expired"))
                throw;
        }
        refresh();
        return call(accessToken());
    }

    void logout(); // ends the session on the server; tokens are forgotten either way

private:
    void refresh();

    ApiClient &m_api;
    TokenStore &m_store;
    Clock &m_clock;
    QString m_access;
    QDateTime m_accessExpiresAt;
    std::optional<Policy> m_policy;
};

} // namespace vaultlink
