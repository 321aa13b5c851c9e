#pragma once

#include "platform/biometric_key_store.h"

#include <QPointer>

#include <mutex>
#include <unordered_map>
#include <vector>

namespace vaultlink::platform {

// The phones' stores' requests until their replies: a token for each, and one reply per token on
// the thread that asked, whatever thread the platform answers on and however often. Plain C++
// shared by the Android and iOS stores (each keeps one for the process: Android's Java answers
// through one static native method, so a token must find its request without its store).
class BiometricRequests {
public:
    using Token = BiometricKeyStore::Token;
    BiometricRequests() = default;
    BiometricRequests(const BiometricRequests &) = delete;
    BiometricRequests &operator=(const BiometricRequests &) = delete;

    // On the requesting thread, which needs a running Qt event loop for the reply. `owner` is
    // the store, for forget().
    Token add(const void *owner, BiometricKeyStore::Done done);
    // From any thread: ends the request, whose reply reaches `done` later on the requesting
    // thread. False, and nothing happens, when the token is not pending: answered, cancelled,
    // forgotten or never given out (a platform's late or repeated callback).
    bool answer(Token token, std::optional<BiometricError> error, SecureBuffer data = {},
                QString detail = {});
    bool isPending(Token token) const;
    // The store is going: its requests end without a reply, since `done` may reach into it.
    // Returns their tokens, for the platform to stop its work on them.
    std::vector<Token> forget(const void *owner);

private:
    struct Request {
        const void *owner = nullptr;
        QPointer<QObject> home; // the requesting thread's, while that thread lives
        BiometricKeyStore::Done done;
    };

    mutable std::mutex m_mutex;
    std::unordered_map<Token, Request> m_pending;
    Token m_last = 0;
};

} // namespace vaultlink::platform
