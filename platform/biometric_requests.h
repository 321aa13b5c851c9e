#pragma once

#include "platform/biometric_key_store.h"
#include "platform/pending_replies.h"

namespace vaultlink::platform {

// The phones' biometric stores' requests until their replies (PendingReplies), answered by the
// parts of a reply the platform gives.
class BiometricRequests : public PendingReplies<BiometricKeyStore::Reply> {
public:
    bool answer(Token token, std::optional<BiometricError> error, SecureBuffer data = {},
                QString detail = {});
};

} // namespace vaultlink::platform
