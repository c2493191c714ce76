#pragma once

#include "model/project.h"
#include "package/exportoptions.h"
#include "package/packageerror.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace kd {

// Runs PackageWriter::write (the same call as `kdtool export`) on a worker thread on a copy of
// the model, reporting progress and taking a cancel request; a cancelled or failed export leaves
// nothing behind (the writer's guarantee).
class PackageJob : public QObject
{
    Q_OBJECT

public:
    explicit PackageJob(QObject *parent = nullptr);
    ~PackageJob() override;

    void start(const Project &project, ExportOptions options);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until the export is over (tests).
    void waitForFinished();

signals:
    void progress(int done, int total);
    void finished(bool ok, const kd::PackageError &error);

private:
    struct Result
    {
        bool ok = false;
        PackageError error;
    };

    QFutureWatcher<Result> m_watcher;
    std::atomic_bool m_cancel{false};
};

} // namespace kd
