#include "platform/biometric_requests.h"

#include <QMetaObject>
#include <QObject>

#include <memory>

namespace vaultlink::platform {

BiometricRequests::~BiometricRequests() {
    const std::lock_guard lock(m_mutex);
    for (auto &[token, request] : m_pending)
        request.home->deleteLater();
}

BiometricRequests::Token BiometricRequests::add(const void *owner, BiometricKeyStore::Done done) {
    // A QObject made here lives on this thread: its queued calls run in this thread's loop.
    auto *home = new QObject;
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
    // Shared: a queued call's function is copied, the secret in it is not.
    auto reply = std::make_shared<BiometricKeyStore::Reply>();
    reply->token = token;
    reply->error = error;
    reply->data = std::move(data);
    reply->detail = std::move(detail);
    QObject *home = request.home;
    QMetaObject::invokeMethod(
        home,
        [home, reply, done = std::move(request.done)] {
            done(std::move(*reply));
            home->deleteLater();
        },
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
        it->second.home->deleteLater(); // safe from any thread
        it = m_pending.erase(it);
    }
    return forgotten;
}

} // namespace vaultlink::platform
