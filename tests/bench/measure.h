#pragma once

#include "src/crypto/secure_buffer.h"

#include <chrono>
#include <vector>

namespace vaultlink::bench {

using SteadyClock = std::chrono::steady_clock;

// The first line of standard input, the line's own copy wiped.
SecureBuffer readPassword();

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to);
double msSince(SteadyClock::time_point start);

// User + system CPU time of this process (all threads), in ms.
double cpuMs();

// CPU time of the calling thread, in ms: what a query costs without the time other processes
// held the CPU.
double threadCpuMs();

// Time this process's threads spent runnable but waiting for a CPU (other processes had it),
// in ms, from /proc/self/task/*/schedstat; on a shared machine this is part of any wall time.
double runQueueMs();

// The calling thread's time on a CPU and runnable but waiting for one, in ms.
struct Sched {
    double cpu = 0;
    double queue = 0;
};
Sched threadSched();

// Peak resident set size in MB (VmHWM), and a reset of that peak (Linux 4.0+).
double peakRssMb();
double currentRssMb(); // VmRSS
void resetPeakRss();

// One "name value unit" line, the form scripts/bench.sh reads.
void figure(const char *name, double value, const char *unit);

struct Spread {
    double p50 = 0, p99 = 0, max = 0;
};
Spread spread(std::vector<double> samples);

} // namespace vaultlink::bench
