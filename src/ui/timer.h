#pragma once

#include <QTimer>

#include <chrono>
#include <functional>

namespace vaultlink::ui {

// How a view-model waits: a countdown or a period it starts and stops, whose timeout runs the
// callback it set. The app uses Qt's timer (QtTimer); tests move time by hand instead of
// waiting, so that what happens "after five minutes" is checked at once and always the same.
class Timer {
public:
    using Callback = std::function<void()>;

    Timer() = default;
    Timer(const Timer &) = delete;
    Timer &operator=(const Timer &) = delete;
    virtual ~Timer() = default;

    // One callback at a time; an empty one detaches its owner.
    void onTimeout(Callback callback) { m_callback = std::move(callback); }

    virtual void setSingleShot(bool singleShot) = 0;
    virtual void start(std::chrono::milliseconds interval) = 0; // restarts a running countdown
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

protected:
    void timedOut() const {
        // A copy: the callback may replace itself (its owner going away) while it runs.
        const Callback callback = m_callback;
        if (callback)
            callback();
    }

private:
    Callback m_callback;
};

class QtTimer final : public Timer {
public:
    QtTimer();

    void setSingleShot(bool singleShot) override;
    void start(std::chrono::milliseconds interval) override;
    void stop() override;
    bool isActive() const override;

private:
    QTimer m_timer;
};

} // namespace vaultlink::ui
