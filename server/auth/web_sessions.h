#pragma once

#include <QString>

#include <optional>

namespace vaultlink::server {

class Clock;
class RandomSource;
class Store;

struct WebSession {
    qint64 userId = 0;
    qint64 databaseId = 0;
};

// Cookie sessions of the Account web page (30 minutes; the cookie holds the token, the
// store its SHA-256).
class WebSessions {
public:
    WebSessions(Store &store, const Clock &clock, RandomSource &random);
    QString open(qint64 userId, qint64 databaseId);
    std::optional<WebSession> find(const QString &token);
    void close(const QString &token);

private:
    Store &m_store;
    const Clock &m_clock;
    RandomSource &m_random;
};

} // namespace vaultlink::server
