#pragma once

// Run timing for the bench programs: fastest, median and slowest of several runs.

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>

namespace kd {

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
        QElapsedTimer timer;
        timer.start();
        run();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
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
