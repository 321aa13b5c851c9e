#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace vaultlink::platform {

// One object per thread that asked, living on it: the replies' queued calls run in its loop.
inline QObject *homeOfThisThread() {
    thread_local const auto home = std::make_unique<QObject>();
    return home.get();
}

// The phones' platform requests until their replies: a token for each, and one reply per token
// on the thread that asked, whatever thread the platform answers on and however often. Plain
// C++ shared by the Android and iOS key stores and security keys (each keeps one for the
// process: Android's Java answers through one static native method, so a token must find its
// request without its owner). `Reply` has a `token` member, set here.
template <typename Reply> class PendingReplies {
public:
    using Token = quint64;
    using Done = std::function<void(Reply)>;
    PendingReplies() = default;
    PendingReplies(const PendingReplies &) = delete;
    PendingReplies &operator=(const PendingReplies &) = delete;

    // On the requesting thread, which needs a running Qt event loop for the reply. `owner` is
    // the store or key, for forget().
    Token add(const void *owner, Done done) {
        QObject *home = homeOfThisThread();
        const std::lock_guard lock(m_mutex);
        const Token token = ++m_last;
        m_pending.emplace(token, Request{owner, home, std::move(done)});
        return token;
    }

    // From any thread: ends the request, whose reply reaches `done` later on the requesting
    // thread. False, and nothing happens, when the token is not pending: answered, cancelled,
    // forgotten or never given out (a platform's late or repeated callback).
    bool answer(Token token, Reply reply) {
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
        // Shared: a queued call's function is copied, a secret in the reply is not.
        auto shared = std::make_shared<Reply>(std::move(reply));
        QMetaObject::invokeMethod(
            request.home.data(),
            [shared, done = std::move(request.done)] { done(std::move(*shared)); },
            Qt::QueuedConnection);
        return true;
    }

    bool isPending(Token token) const {
        const std::lock_guard lock(m_mutex);
        return m_pending.count(token) != 0;
    }

    // The owner is going: its requests end without a reply, since `done` may reach into it.
    // Returns their tokens, for the platform to stop its work on them.
    std::vector<Token> forget(const void *owner) {
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

private:
    struct Request {
        const void *owner = nullptr;
        QPointer<QObject> home; // the requesting thread's, while that thread lives
        Done done;
    };

    mutable std::mutex m_mutex;
    std::unordered_map<Token, Request> m_pending;
    Token m_last = 0;
};

} // namespace vaultlink::platform
