#include "packagefile.h"

#include "files/siblings.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace kd {
namespace {

constexpr qsizetype BufferSize = 1024 * 1024;
constexpr std::size_t QueuedBuffers = 4;
constexpr qint64 FlushEvery = 32 * 1024 * 1024;

} // namespace

PackageFile::PackageFile(const QString &path)
    : m_path(path)
{}

PackageFile::~PackageFile()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_ended = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

bool PackageFile::open()
{
    m_fd = ::open(QFile::encodeName(m_path).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_errno = errno ? errno : EIO;
        return false;
    }
    m_buffer.reserve(BufferSize);
    return true;
}

bool PackageFile::writeOut(const QByteArray &bytes)
{
    m_hash.addData(bytes);
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0 && m_errno == 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            m_errno = errno ? errno : EIO;
            break;
        }
        data += written;
        left -= written;
    }
    return m_errno == 0;
}

void PackageFile::hand(QByteArray buffer)
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < QueuedBuffers; });
    m_queue.push_back(std::move(buffer));
    m_changed.notify_all();
}

void PackageFile::run()
{
    for (;;) {
        QByteArray buffer;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_ended; });
            if (m_queue.empty())
                return;
            buffer = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        // After a failure the rest is only drained: write() already says no.
        if (m_errno == 0 && writeOut(buffer)) {
            // Start the disk writing early, so that the fdatasync() at close() finds little
            // left to wait for.
            m_written += buffer.size();
            if (m_written - m_flushed >= FlushEvery) {
                ::sync_file_range(m_fd, m_flushed, m_written - m_flushed, SYNC_FILE_RANGE_WRITE);
                m_flushed = m_written;
            }
        }
    }
}

bool PackageFile::write(QByteArrayView bytes)
{
    if (m_fd < 0 || m_errno != 0)
        return false;
    m_size += bytes.size();
    while (!bytes.isEmpty()) {
        const qsizetype take = qMin(bytes.size(), BufferSize - m_buffer.size());
        m_buffer.append(bytes.data(), take);
        bytes = bytes.sliced(take);
        if (m_buffer.size() == BufferSize) {
            hand(std::exchange(m_buffer, QByteArray()));
            m_buffer.reserve(BufferSize);
        }
    }
    return m_errno == 0;
}

bool PackageFile::close()
{
    if (m_fd < 0)
        return false;
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_ended = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    bool ok = m_errno == 0 && writeOut(m_buffer);
    m_buffer.clear();
    if (ok && ::fdatasync(m_fd) != 0)
        m_errno = errno ? errno : EIO;
    if (::close(m_fd) != 0 && m_errno == 0)
        m_errno = errno ? errno : EIO;
    m_fd = -1;
    return ok && m_errno == 0;
}

QString PackageFile::errorString() const
{
    return m_errno ? Siblings::describeErrno(m_errno)
                   : QCoreApplication::translate("kd::PackageFile", "the file is not open");
}

} // namespace kd
