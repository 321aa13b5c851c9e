#pragma once

#include "platform/security_key.h"
#include "src/profiles/second_factor.h"

#include <atomic>

namespace vaultlink {

// The bridge between the core's second-factor step and the platform's security keys, shared by
// the app and the command line.

// The WebAuthn request a "fido" method asks for (docs/api.md §7.3). Where the app writes the
// client data itself (desktop), its origin is "https://" + the relying party id, which the
// server accepts by default.
platform::SecurityKeyRequest securityKeyRequest(const MfaMethod &method);

// What the user is told when the key gave nothing.
Message securityKeyRefusal(platform::SecurityKeyError error);

// Asks `key` for the method's assertion and waits for it on this thread (a local event loop, so
// the thread needs no loop of its own); `cancel` raised from any thread ends the request as
// Cancelled. The key answers on this thread, as SecurityKey promises.
FidoAnswer askSecurityKey(platform::SecurityKey &key, const MfaMethod &method,
                          const std::atomic<bool> &cancel);

} // namespace vaultlink
