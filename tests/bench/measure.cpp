#include "tests/bench/measure.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <time.h>

namespace vaultlink::bench {

SecureBuffer readPassword() {
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    SecureBuffer password =
        SecureBuffer::copyOf(QByteArrayView(line.data(), static_cast<qsizetype>(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double msSince(SteadyClock::time_point start) {
    return msBetween(start, SteadyClock::now());
}

double cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

double runQueueMs() {
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        std::ifstream stat(tasks.filePath(task + QStringLiteral("/schedstat")).toStdString());
        double onCpu = 0, waiting = 0;
        if (stat >> onCpu >> waiting)
            total += waiting / 1e6;
    }
    return total;
}

Sched threadSched() {
    std::ifstream stat("/proc/thread-self/schedstat");
    Sched sched;
    if (stat >> sched.cpu >> sched.queue)
        sched.cpu /= 1e6, sched.queue /= 1e6;
    return sched;
}

namespace {
// A line of /proc/self/status in kB ("VmHWM:", "VmRSS:"), as MB; -1 when absent.
double statusMb(const std::string &key) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(key, 0) == 0)
            return std::stod(line.substr(key.size())) / 1024.0;
    return -1;
}
} // namespace

double peakRssMb() {
    return statusMb("VmHWM:");
}

double currentRssMb() {
    return statusMb("VmRSS:");
}

void resetPeakRss() {
    std::ofstream("/proc/self/clear_refs") << "5";
}

void figure(const char *name, double value, const char *unit) {
    std::printf("%s %.3f %s\n", name, value, unit);
}

Spread spread(std::vector<double> samples) {
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))];
    };
    return {at(0.50), at(0.99), samples.back()};
}

} // namespace vaultlink::bench
