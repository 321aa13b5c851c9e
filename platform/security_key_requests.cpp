#include "platform/security_key_requests.h"

#include <QMetaObject>
#include <QObject>

#include <memory>

namespace vaultlink::platform {

namespace {
// One object per thread that asked, living on it: the replies' queued calls run in its loop.
QObject *homeOfThisThread() {
    thread_local QObject home;
    return &home;
}
} // namespace

SecurityKeyRequests::Token SecurityKeyRequests::add(const void *owner, SecurityKey::Done done) {
    QObject *home = homeOfThisThread();
    const std::lock_guard lock(m_mutex);
    const Token token = ++m_last;
    m_pending.emplace(token, Request{owner, home, std::move(done)});
    return token;
}

bool SecurityKeyRequests::answer(Token token, SecurityKey::Reply reply) {
    Request request;
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_pending.find(token);
        if (found == m_pending.end())
            return false;
        request = std::move(found->second);
        m_pending.erase(found);
    }
    if (!request.home)
        return true; // the thread that asked is gone, and its reply with it
    reply.token = token;
    auto shared = std::make_shared<SecurityKey::Reply>(std::move(reply));
    QMetaObject::invokeMethod(
        request.home.data(), [shared, done = std::move(request.done)] { done(std::move(*shared)); },
        Qt::QueuedConnection);
    return true;
}

bool SecurityKeyRequests::isPending(Token token) const {
    const std::lock_guard lock(m_mutex);
    return m_pending.count(token) != 0;
}

std::vector<SecurityKeyRequests::Token> SecurityKeyRequests::forget(const void *owner) {
    std::vector<Token> forgotten;
    const std::lock_guard lock(m_mutex);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.owner != owner) {
            ++it;
            continue;
        }
        forgotten.push_back(it->first);
        it = m_pending.erase(it);
    }
    return forgotten;
}

} // namespace vaultlink::platform
