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

} // namespace

PackageFile::PackageFile(const QString &path)
    : m_path(path)
{}

PackageFile::~PackageFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool PackageFile::failed()
{
    m_errno = errno ? errno : EIO;
    return false;
}

bool PackageFile::open()
{
    m_fd = ::open(QFile::encodeName(m_path).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return failed();
    m_buffer.reserve(BufferSize);
    return true;
}

bool PackageFile::flushBuffer()
{
    const char *data = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return failed();
        data += written;
        left -= written;
    }
    m_buffer.resize(0);
    return true;
}

bool PackageFile::write(QByteArrayView bytes)
{
    if (m_fd < 0 || m_errno)
        return false;
    m_hash.addData(bytes);
    m_size += bytes.size();
    if (m_buffer.size() + bytes.size() > BufferSize && !flushBuffer())
        return false;
    if (bytes.size() >= BufferSize) {
        m_buffer = bytes.toByteArray();
        return flushBuffer();
    }
    m_buffer.append(bytes.data(), bytes.size());
    return true;
}

bool PackageFile::close()
{
    if (m_fd < 0)
        return false;
    bool ok = m_errno == 0 && flushBuffer();
    if (ok && ::fdatasync(m_fd) != 0)
        ok = failed();
    if (::close(m_fd) != 0 && ok)
        ok = failed();
    m_fd = -1;
    return ok;
}

QString PackageFile::errorString() const
{
    return m_errno ? Siblings::describeErrno(m_errno)
                   : QCoreApplication::translate("kd::PackageFile", "the file is not open");
}

} // namespace kd
