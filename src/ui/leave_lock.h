#pragma once

#include "src/ui/timer.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace vaultlink::ui {

// Locks the vault when the app leaves the user's hands: when it goes to the background — at
// once, or after the grace the user set (30 s, 1 min, 5 min) — and when the screen locks. A
// phone may pause the app's event loop in the background, so the timer alone cannot be trusted
// there: the time away is also read, on return, from a clock that counts deep sleep (the
// platform's boot time), and a return past the grace locks before anything is shown.
class LeaveLock : public QObject {
    Q_OBJECT
public:
    using Elapsed = std::function<std::chrono::milliseconds()>; // monotonic, sleep included

    LeaveLock(Timer &timer, Elapsed elapsed, QObject *parent = nullptr);
    ~LeaveLock() override;

    void setGraceSeconds(int seconds); // 0: at once
    void setArmed(bool armed);         // only while something is unlocked
    void setInBackground(bool background);
    void screenLocked();

signals:
    void leave();

private:
    void fire();

    Timer &m_timer;
    Elapsed m_elapsed;
    std::chrono::seconds m_grace{0};
    bool m_armed = false;
    bool m_background = false;
    bool m_counting = false; // away while unlocked, since m_leftAt, and not locked yet
    std::chrono::milliseconds m_leftAt{0};
};

// Whether the app is away from the user: a phone's app suspended or hidden (Qt's states on
// Android's onStop and iOS's background), or the desktop's window minimised or hidden (a
// tester's way to "send it to the background"). Inactive alone — a phone's notification
// shade, a desktop window without focus — is not away.
bool isAway(Qt::ApplicationState state, bool windowHidden);

// The boot-time clock (CLOCK_BOOTTIME where there is one): unlike QElapsedTimer's monotonic
// clock on Linux and Android, it goes on while the device sleeps.
std::chrono::milliseconds sinceBoot();

} // namespace vaultlink::ui
