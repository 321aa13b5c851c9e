#pragma once

#include "platform/screen_guard.h"

namespace vaultlink::platform {

// FLAG_SECURE on the activity's window: screenshots and recordings show it black and the
// recent-apps screen shows no preview of it.
class AndroidScreenGuard final : public ScreenGuard {
public:
    void setProtected(bool on) override;
};

} // namespace vaultlink::platform
