#include "src/ui/task_runner.h"

#include <QMetaObject>

namespace vaultlink::ui {

TaskRunner::TaskRunner() {
    m_pool.setMaxThreadCount(1);
    // The core's network calls wait in their own event loop; give them room for TLS and scrypt.
    m_pool.setStackSize(8 * 1024 * 1024);
}

TaskRunner::~TaskRunner() {
    m_pool.waitForDone();
}

void TaskRunner::start(QObject *context, std::function<void()> job, std::function<void()> done,
                       std::function<void(const Failure &)> failed) {
    // The context is only looked at on its own thread, through the relay, which lives as long as
    // the runner: a context deleted meanwhile is seen there, never touched from the pool.
    QPointer<QObject> guard(context);
    m_pool.start([this, guard, job = std::move(job), done = std::move(done),
                  failed = std::move(failed)]() mutable {
        std::optional<Failure> failure;
        try {
            job();
        } catch (const std::exception &error) {
            failure = explain(error);
        }
        QMetaObject::invokeMethod(
            &m_relay,
            [guard, failure = std::move(failure), done = std::move(done),
             failed = std::move(failed)] {
                if (!guard)
                    return;
                if (failure)
                    failed(*failure);
                else
                    done();
            },
            Qt::QueuedConnection);
    });
}

} // namespace vaultlink::ui
