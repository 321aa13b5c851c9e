#include "platform/biometric_requests.h"

#include <QMetaObject>
#include <QObject>

#include <memory>

namespace vaultlink::platform {

namespace {
// One object per thread that asked, living on it: the replies' queued calls run in its loop.
QObject *homeOfThisThread() {
    thread_local const auto home = std::make_unique<QObject>();
    return home.get();
}
} // namespace

BiometricRequests::Token BiometricRequests::add(const void *owner, BiometricKeyStore::Done done) {
    QObject *home = homeOfThisThread();
    const std::lock_guard lock(m_mutex);
    const Token token = ++m_last;
    m_pending.emplace(token, Request{owner, home, std::move(done)});
    return token;
}

bool BiometricRequests::answer(Token token, std::optional<BiometricError> error, SecureBuffer data,
                               QString detail) {
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
    // Shared: a queued call's function is copied, the secret in it is not.
    auto reply = std::make_shared<BiometricKeyStore::Reply>();
    reply->token = token;
    reply->error = error;
    reply->data = std::move(data);
    reply->detail = std::move(detail);
    QMetaObject::invokeMethod(
        request.home.data(), [reply, done = std::move(request.done)] { done(std::move(*reply)); },
        Qt::QueuedConnection);
    return true;
}

bool BiometricRequests::isPending(Token token) const {
    const std::lock_guard lock(m_mutex);
    return m_pending.count(token) != 0;
}

std::vector<BiometricRequests::Token> BiometricRequests::forget(const void *owner) {
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
