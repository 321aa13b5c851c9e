#pragma once

#include "platform/security_key.h"

#include <QPointer>

#include <mutex>
#include <unordered_map>
#include <vector>

namespace vaultlink::platform {

// The phones' security keys' requests until their replies: a token for each, and one reply per
// token on the thread that asked, whatever thread the platform answers on and however often.
// Plain C++ shared by the Android and iOS keys, as BiometricRequests is by their key stores
// (each keeps one for the process: Android's Java answers through one static native method, so
// a token must find its request without its key).
class SecurityKeyRequests {
public:
    using Token = SecurityKey::Token;
    SecurityKeyRequests() = default;
    SecurityKeyRequests(const SecurityKeyRequests &) = delete;
    SecurityKeyRequests &operator=(const SecurityKeyRequests &) = delete;

    // On the requesting thread, which needs a running Qt event loop for the reply. `owner` is
    // the key, for forget().
    Token add(const void *owner, SecurityKey::Done done);
    // From any thread: ends the request, whose reply (its token set here) reaches `done` later
    // on the requesting thread. False, and nothing happens, when the token is not pending:
    // answered, cancelled, forgotten or never given out (a platform's late or repeated answer).
    bool answer(Token token, SecurityKey::Reply reply);
    bool isPending(Token token) const;
    // The key is going: its requests end without a reply, since `done` may reach into it.
    // Returns their tokens, for the platform to stop its work on them.
    std::vector<Token> forget(const void *owner);

private:
    struct Request {
        const void *owner = nullptr;
        QPointer<QObject> home; // the requesting thread's, while that thread lives
        SecurityKey::Done done;
    };

    mutable std::mutex m_mutex;
    std::unordered_map<Token, Request> m_pending;
    Token m_last = 0;
};

} // namespace vaultlink::platform
