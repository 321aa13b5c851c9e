#pragma once

#include "platform/screen_guard.h"

#include <memory>

namespace vaultlink::platform {

// iOS takes the app switcher's snapshot after the app resigns active, and lets any screen
// recording or mirroring see the app: an opaque cover hides the window at those times. A
// screenshot cannot be prevented on iOS.
class IosScreenGuard final : public ScreenGuard {
public:
    IosScreenGuard();
    ~IosScreenGuard() override;
    void setProtected(bool on) override;

    struct Cover; // Objective-C, in the .mm

private:
    std::unique_ptr<Cover> m_cover;
};

} // namespace vaultlink::platform
