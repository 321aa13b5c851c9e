#pragma once

#include "src/profiles/failure.h"
#include "src/sync/syncer.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace vaultlink::ui {

// Runs the core's blocking work (key derivation, network, the mirror) off the GUI thread, one
// job at a time: the core's objects are used by one thread at a time, in the order asked. The
// result or the failure comes back on the runner's own thread (the GUI thread), unless `context`
// was destroyed meanwhile.
class TaskRunner {
public:
    TaskRunner();
    ~TaskRunner(); // waits for the running job

    template <typename Result>
    void run(QObject *context, std::function<Result()> job, std::function<void(Result)> done,
             std::function<void(const Failure &)> failed) {
        auto result = std::make_shared<std::optional<Result>>();
        start(
            context, [job = std::move(job), result] { result->emplace(job()); },
            [done = std::move(done), result] { done(std::move(**result)); }, std::move(failed));
    }

    void run(QObject *context, std::function<void()> job, std::function<void()> done,
             std::function<void(const Failure &)> failed) {
        start(context, std::move(job), std::move(done), std::move(failed));
    }

    // A sync's progress, reported on the runner's thread, delivered to `context`'s thread.
    static SyncProgressFn progressTo(QObject *context,
                                     std::function<void(const SyncProgress &)> show) {
        return [context, show = std::move(show)](const SyncProgress &progress) {
            QMetaObject::invokeMethod(
                context, [show, progress] { show(progress); }, Qt::QueuedConnection);
        };
    }

    bool busy() const { return m_pool.activeThreadCount() > 0; }
    void waitForDone() { m_pool.waitForDone(); }

private:
    void start(QObject *context, std::function<void()> job, std::function<void()> done,
               std::function<void(const Failure &)> failed);
    QObject m_relay; // on the thread that made the runner
    QThreadPool m_pool;
};

} // namespace vaultlink::ui
