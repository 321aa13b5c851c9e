#include "platform/biometric_requests.h"

namespace vaultlink::platform {

bool BiometricRequests::answer(Token token, std::optional<BiometricError> error, SecureBuffer data,
                               QString detail) {
    BiometricKeyStore::Reply reply;
    reply.error = error;
    reply.data = std::move(data);
    reply.detail = std::move(detail);
    return PendingReplies::answer(token, std::move(reply));
}

} // namespace vaultlink::platform
