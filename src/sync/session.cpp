#include "src/sync/session.h"

#include "src/crypto/clock.h"

namespace vaultlink {

namespace {
// Refresh a little early so a request does not set out with a token that expires on the way.
constexpr qint64 kExpiryMarginSeconds = 10;

// Refusals after which the stored refresh token can never work again. Withdrawn sync rights
// are not among them: the session survives until the administrator restores them.
bool endsSession(const QString &code) {
    static const QStringList codes = {
        QStringLiteral("token-invalid"), QStringLiteral("token-reused"),
        QStringLiteral("token-expired"), QStringLiteral("session-expired"),
        QStringLiteral("device-revoked")};
    return codes.contains(code);
}
} // namespace

ServerSession::ServerSession(ApiClient &api, TokenStore &store, Clock &clock)
    : m_api(api)
    , m_store(store)
    , m_clock(clock) {}

void ServerSession::adopt(const TokenGrant &grant) {
    m_store.storeGrant(grant);
    m_access = grant.accessToken;
    m_accessExpiresAt = grant.accessTokenExpiresAt;
    m_policy = grant.policy;
}

bool ServerSession::canResume() {
    return !m_store.refreshToken().isEmpty();
}

QString ServerSession::accessToken() {
    if (m_access.isEmpty() || m_clock.now().secsTo(m_accessExpiresAt) < kExpiryMarginSeconds)
        refresh();
    return m_access;
}

void ServerSession::refresh() {
    const QString token = m_store.refreshToken();
    if (token.isEmpty())
        throw ApiError::refusal(
            401, {{QStringLiteral("code"), QStringLiteral("token-invalid")},
                  {QStringLiteral("title"), QStringLiteral("This device holds no session")},
                  {QStringLiteral("detail"), QStringLiteral("log in again")}});
    m_access.clear();
    try {
        adopt(m_api.refresh(token));
    } catch (const ApiError &error) {
        // A network failure leaves the token for the next attempt: it was not spent unless the
        // request arrived, and then the next refresh is told token-reused and the user logs in
        // once.
        if (endsSession(error.code()))
            m_store.forgetTokens();
        throw;
    }
}

void ServerSession::logout() {
    try {
        const QString access = accessToken();
        m_api.logout(access);
    } catch (...) {
        m_store.forgetTokens();
        m_access.clear();
        throw;
    }
    m_store.forgetTokens();
    m_access.clear();
}

} // namespace vaultlink
