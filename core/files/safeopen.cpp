#include "safeopen.h"

#include "siblings.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kd {

FileHandle::~FileHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

FileHandle &FileHandle::operator=(FileHandle &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

namespace SafeOpen {
namespace {

QString linkRefused()
{
    return QCoreApplication::translate(
        "kd::SafeOpen", "is or passes through a symbolic link, which is not allowed");
}

QString tooLarge(qint64 maxBytes)
{
    return QCoreApplication::translate("kd::SafeOpen", "is larger than %1 MiB")
        .arg(maxBytes / (1024 * 1024));
}

QString openFailed(int error)
{
    if (error == ELOOP || error == ENOTDIR)
        return linkRefused();
    if (error == ENOENT)
        return QCoreApplication::translate("kd::SafeOpen", "no such file");
    return QCoreApplication::translate("kd::SafeOpen", "cannot read: %1")
        .arg(Siblings::describeErrno(error));
}

} // namespace

FileHandle directory(const QString &path, QString *error)
{
    FileHandle dir(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.isValid())
        *error = errno == ENOTDIR ? QCoreApplication::translate("kd::SafeOpen", "is not a folder")
                                  : openFailed(errno);
    return dir;
}

FileHandle regularFile(const FileHandle &dir, const QString &relative, qint64 maxBytes,
                       qint64 *size, QString *error)
{
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.contains(QStringLiteral("..")) || relative.startsWith(u'/')) {
        *error = QCoreApplication::translate("kd::SafeOpen", "is not a path inside the package");
        return {};
    }
    // Each folder on the way is opened relative to the one before, never through a link.
    FileHandle parent;
    int at = dir.fd();
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        FileHandle next(::openat(at, QFile::encodeName(parts.at(i)).constData(),
                                 O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.isValid()) {
            *error = openFailed(errno);
            return {};
        }
        parent = std::move(next);
        at = parent.fd();
    }
    const QByteArray name = QFile::encodeName(parts.constLast());
    struct stat before;
    if (::fstatat(at, name.constData(), &before, AT_SYMLINK_NOFOLLOW) != 0) {
        *error = openFailed(errno);
        return {};
    }
    if (S_ISLNK(before.st_mode)) {
        *error = linkRefused();
        return {};
    }
    if (!S_ISREG(before.st_mode)) {
        *error = QCoreApplication::translate(
            "kd::SafeOpen", "is not a regular file (a folder, a device or a pipe)");
        return {};
    }
    // O_NONBLOCK: should the name have become a FIFO since, opening it does not wait.
    FileHandle file(::openat(at, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    struct stat after;
    if (!file.isValid()) {
        *error = openFailed(errno);
        return {};
    }
    if (::fstat(file.fd(), &after) != 0 || !S_ISREG(after.st_mode) || after.st_ino != before.st_ino
        || after.st_dev != before.st_dev) {
        *error = QCoreApplication::translate("kd::SafeOpen", "changed while it was being opened");
        return {};
    }
    if (after.st_size > maxBytes) {
        *error = tooLarge(maxBytes);
        return {};
    }
    // Reads block as usual from here on.
    ::fcntl(file.fd(), F_SETFL, ::fcntl(file.fd(), F_GETFL) & ~O_NONBLOCK);
    if (size)
        *size = after.st_size;
    return file;
}

bool readAll(const FileHandle &file, qint64 maxBytes, QByteArray *data, QString *error)
{
    struct stat status;
    if (::fstat(file.fd(), &status) != 0) {
        *error = openFailed(errno);
        return false;
    }
    if (status.st_size > maxBytes) {
        *error = tooLarge(maxBytes);
        return false;
    }
    data->resize(qsizetype(status.st_size));
    qint64 done = 0;
    for (;;) {
        if (done == data->size()) {
            // Grown since fstat? One byte more tells.
            char extra;
            const ssize_t more = ::read(file.fd(), &extra, 1);
            if (more == 0)
                return true;
            if (more > 0) {
                *error = QCoreApplication::translate("kd::SafeOpen",
                                                     "changed while it was being read");
                return false;
            }
        } else {
            const ssize_t got = ::read(file.fd(), data->data() + done, size_t(data->size() - done));
            if (got > 0) {
                done += got;
                continue;
            }
            if (got == 0) {
                data->truncate(qsizetype(done));
                return true;
            }
        }
        if (errno == EINTR)
            continue;
        *error = openFailed(errno);
        return false;
    }
}

bool exists(const FileHandle &dir, const QString &relative)
{
    struct stat status;
    return ::fstatat(dir.fd(), QFile::encodeName(relative).constData(), &status,
                     AT_SYMLINK_NOFOLLOW)
           == 0;
}

} // namespace SafeOpen
} // namespace kd
