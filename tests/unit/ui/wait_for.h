#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace vaultlink::testing {

// Runs the GUI thread's events until the condition holds (the view-models answer there).
inline bool waitFor(const std::function<bool()> &condition, int ms = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace vaultlink::testing
