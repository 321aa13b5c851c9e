#pragma once

#include "platform/pending_replies.h"
#include "platform/security_key.h"

namespace vaultlink::platform {

// The phones' security keys' requests until their replies (PendingReplies).
using SecurityKeyRequests = PendingReplies<SecurityKey::Reply>;

} // namespace vaultlink::platform
