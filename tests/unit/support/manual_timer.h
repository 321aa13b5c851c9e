#pragma once

#include "src/ui/timer.h"

#include <chrono>

namespace vaultlink::testing {

// A timer whose time moves only when the test says so, firing as Qt's would: at each deadline
// passed while it runs, once for a single shot, and never while stopped.
class ManualTimer final : public ui::Timer {
public:
    using ms = std::chrono::milliseconds;

    void setSingleShot(bool singleShot) override { m_singleShot = singleShot; }
    void start(ms interval) override {
        m_interval = interval;
        m_elapsed = ms(0);
        m_active = true;
        ++starts;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    ms interval() const { return m_interval; }
    ms remaining() const { return m_interval - m_elapsed; }

    // Moves time on; the callback may stop or restart the timer, as a real one's may.
    void advance(ms by) {
        while (m_active && by >= remaining()) {
            by -= remaining();
            m_elapsed = ms(0);
            if (m_singleShot)
                m_active = false;
            timedOut();
            if (m_interval <= ms(0))
                break; // a zero period would fire without end
        }
        if (m_active)
            m_elapsed += by;
    }
    // Up to the next deadline; false (and nothing happens) while stopped.
    bool fire() {
        if (!m_active)
            return false;
        advance(remaining());
        return true;
    }

    int starts = 0;

private:
    ms m_interval{0};
    ms m_elapsed{0};
    bool m_singleShot = false;
    bool m_active = false;
};

} // namespace vaultlink::testing
