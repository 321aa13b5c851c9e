#pragma once

#include "src/net/transport.h"
#include "src/profiles/environment.h"
#include "tests/bench/measure.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace vaultlink::bench {

// Every request the core sends, with the time it waited for the answer.
struct Exchange {
    QByteArray method;
    QString path;
    double startMs = 0; // since the recorder was made
    double ms = 0;      // requests sent together (sendAll) each get an equal share of their wait
    qsizetype bytes = 0;
    int status = 0;
    double cpuMs = 0;   // the sending thread on a CPU during the exchange (TLS, HTTP, copies)
    double queueMs = 0; // ... and runnable but waiting for a CPU
};

struct Recorder {
    SteadyClock::time_point origin = SteadyClock::now();
    std::vector<Exchange> exchanges;
    std::function<void(const HttpRequest &)> beforeSend;

    double waitedMs(std::size_t from = 0) const;
    // '#' lines: per method and path, how many requests and how long they waited.
    void print(std::size_t from = 0) const;
};

class TimedTransport final : public Transport {
public:
    TimedTransport(std::unique_ptr<Transport> inner, Recorder &recorder)
        : m_inner(std::move(inner))
        , m_recorder(recorder) {}

    HttpResponse send(const HttpRequest &request) override;
    QList<HttpResponse> sendAll(const QList<HttpRequest> &requests) override;

private:
    std::unique_ptr<Transport> m_inner;
    Recorder &m_recorder;
};

// The environment the command line runs in, from the same DeviceEnvironment, except that every
// transport the core makes records its exchanges, so the figures time what the user would wait.
class TimedEnvironment {
public:
    TimedEnvironment();
    TimedEnvironment(const TimedEnvironment &) = delete;
    TimedEnvironment &operator=(const TimedEnvironment &) = delete;

    const Environment &environment() const { return m_timed; }
    // Untimed, for the requests that stand in for another device: not the core's to wait for.
    const Environment &untimed() const { return m_device.environment(); }

    Recorder recorder;

private:
    DeviceEnvironment m_device;
    Environment m_timed;
};

} // namespace vaultlink::bench
