#include "server/auth/web_sessions.h"

#include "server/common/clock.h"
#include "server/crypto/token.h"
#include "server/store/sql.h"

namespace vaultlink::server {

namespace {
constexpr qint64 kLifetimeMs = qint64{30} * 60 * 1000;
}

WebSessions::WebSessions(Store &store, const Clock &clock, RandomSource &random)
    : m_store(store)
    , m_clock(clock)
    , m_random(random) {}

QString WebSessions::open(qint64 userId, qint64 databaseId) {
    QString token = newToken(m_random);
    const qint64 now = m_clock.nowMs();
    run(m_store, QStringLiteral("DELETE FROM web_sessions WHERE expires_at <= ?"), {now});
    run(m_store,
        QStringLiteral("INSERT INTO web_sessions(digest, user_id, database_id, expires_at) "
                       "VALUES(?, ?, ?, ?)"),
        {tokenDigest(token), userId, databaseId, now + kLifetimeMs});
    return token;
}

std::optional<WebSession> WebSessions::find(const QString &token) {
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q = run(m_store,
                      QStringLiteral("SELECT user_id, database_id FROM web_sessions WHERE digest = "
                                     "? AND expires_at > ?"),
                      {tokenDigest(token), m_clock.nowMs()});
    if (!q.next())
        return std::nullopt;
    return WebSession{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

void WebSessions::close(const QString &token) {
    run(m_store, QStringLiteral("DELETE FROM web_sessions WHERE digest = ?"), {tokenDigest(token)});
}

} // namespace vaultlink::server
