#pragma once

// Run timing for the bench programs: fastest, median and slowest of several runs.
//
// With KD_BENCH_CLOCK=cpu in the environment the clock is the process's CPU time instead of the
// wall clock: on a machine shared with other builds a process waits for a core for much of its
// wall time, and its CPU time is the steadier measure (bench/run.sh passes it on).

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>

#include <time.h>

namespace kd {

inline bool cpuClock()
{
    static const bool cpu = qEnvironmentVariable("KD_BENCH_CLOCK") == QLatin1String("cpu");
    return cpu;
}

// Milliseconds on the chosen clock, from an arbitrary origin.
inline double nowMs()
{
    timespec ts{};
    clock_gettime(cpuClock() ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double min = 0;
    double median = 0;
    double max = 0;
};

template<typename Function>
Timing time(int runs, Function &&run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        const double start = nowMs();
        run();
        ms.append(nowMs() - start);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.first(), ms.at(ms.size() / 2), ms.last()};
}

inline QString format(const Timing &t)
{
    return QStringLiteral("min %1 ms, median %2 ms, max %3 ms")
        .arg(t.min, 0, 'f', 1)
        .arg(t.median, 0, 'f', 1)
        .arg(t.max, 0, 'f', 1);
}

} // namespace kd
