#include "packagejob.h"

#include "package/packagewriter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kd {

PackageJob::PackageJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result result = m_watcher.result();
        emit finished(result.ok, result.error);
    });
}

PackageJob::~PackageJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void PackageJob::start(const Project &project, ExportOptions options)
{
    m_cancel = false;
    options.cancel = &m_cancel;
    QPointer<PackageJob> self(this);
    options.progress = [self](int done, int total) {
        // From the worker thread to the UI thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    emit self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([project, options] {
        Result result;
        result.ok = PackageWriter::write(project, options, &result.error);
        return result;
    }));
}

void PackageJob::cancel()
{
    m_cancel = true;
}

void PackageJob::waitForFinished()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

} // namespace kd
