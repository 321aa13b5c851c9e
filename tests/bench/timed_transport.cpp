#include "tests/bench/timed_transport.h"

#include <QLatin1Char>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <utility>

namespace vaultlink::bench {

double Recorder::waitedMs(std::size_t from) const {
    double total = 0;
    for (std::size_t i = from; i < exchanges.size(); ++i)
        total += exchanges[i].ms;
    return total;
}

void Recorder::print(std::size_t from) const {
    std::map<QString, std::pair<int, double>> byPath;
    for (std::size_t i = from; i < exchanges.size(); ++i) {
        auto &entry =
            byPath[QString::fromLatin1(exchanges[i].method) + QLatin1Char(' ') + exchanges[i].path];
        ++entry.first;
        entry.second += exchanges[i].ms;
    }
    for (const auto &[path, entry] : byPath)
        std::printf("#   %-34s x%-4d %9.1f ms waited\n", path.toUtf8().constData(), entry.first,
                    entry.second);
}

HttpResponse TimedTransport::send(const HttpRequest &request) {
    if (m_recorder.beforeSend)
        m_recorder.beforeSend(request);
    const Sched before = threadSched();
    const auto start = SteadyClock::now();
    HttpResponse response = m_inner->send(request);
    const auto end = SteadyClock::now();
    const Sched after = threadSched();
    m_recorder.exchanges.push_back({request.method, request.url.path(),
                                    msBetween(m_recorder.origin, start), msBetween(start, end),
                                    response.body.size(), response.status, after.cpu - before.cpu,
                                    after.queue - before.queue});
    return response;
}

QList<HttpResponse> TimedTransport::sendAll(const QList<HttpRequest> &requests) {
    if (m_recorder.beforeSend)
        for (const HttpRequest &request : requests)
            m_recorder.beforeSend(request);
    const Sched before = threadSched();
    const auto start = SteadyClock::now();
    QList<HttpResponse> responses = m_inner->sendAll(requests);
    const auto end = SteadyClock::now();
    const Sched after = threadSched();
    const double share = 1.0 / static_cast<double>(std::max<qsizetype>(requests.size(), 1));
    for (qsizetype i = 0; i < requests.size() && i < responses.size(); ++i)
        m_recorder.exchanges.push_back(
            {requests[i].method, requests[i].url.path(), msBetween(m_recorder.origin, start),
             msBetween(start, end) * share, responses[i].body.size(), responses[i].status,
             (after.cpu - before.cpu) * share, (after.queue - before.queue) * share});
    return responses;
}

TimedEnvironment::TimedEnvironment()
    : m_device(QStringLiteral("vaultlink_sync_bench"), std::chrono::seconds(60))
    , m_timed(m_device.environment()) {
    m_timed.transport = [this, untimed = m_timed.transport](
                            const TrustPolicy &trust) -> std::unique_ptr<Transport> {
        return std::make_unique<TimedTransport>(untimed(trust), recorder);
    };
}

} // namespace vaultlink::bench
