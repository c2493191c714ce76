#include "siblings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kd::Siblings {
namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// ".NAME.TAG-": what every temporary of target with this tag starts with.
QString prefixOf(const QString &name, const QString &tag)
{
    return u'.' + name + u'.' + tag + u'-';
}

// Whether a process with this id runs on this machine. A process of another user counts as
// running (EPERM): its temporaries are not ours to judge.
bool isRunning(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

int removeEntry(const char *path, const struct stat *, int type, struct FTW *)
{
    // FTW_PHYS: a symbolic link is reported as one (FTW_SL) and removed as a file.
    const int rc = type == FTW_DP ? ::rmdir(path) : ::unlink(path);
    return rc == 0 || errno == ENOENT ? 0 : -1;
}

bool renameWith(const QString &from, const QString &to, unsigned int flags, QString *error)
{
    if (::renameat2(AT_FDCWD, encoded(from).constData(), AT_FDCWD, encoded(to).constData(), flags)
        == 0)
        return true;
    if (error)
        *error = describeErrno(errno);
    return false;
}

} // namespace

QString temporaryPath(const QString &target, const QString &tag)
{
    const QFileInfo info(target);
    const quint32 random = QRandomGenerator::global()->generate();
    return info.absolutePath() + u'/' + prefixOf(info.fileName(), tag)
           + QString::number(QCoreApplication::applicationPid()) + u'-'
           + QString::number(random, 36);
}

QStringList removeStale(const QString &target, const QStringList &tags)
{
    const QFileInfo info(target);
    QStringList removed;
    DIR *dir = ::opendir(encoded(info.absolutePath()).constData());
    if (!dir)
        return removed;
    QStringList candidates;
    while (const dirent *entry = ::readdir(dir))
        candidates.append(QFile::decodeName(entry->d_name));
    ::closedir(dir);
    for (const QString &name : std::as_const(candidates)) {
        for (const QString &tag : tags) {
            const QString prefix = prefixOf(info.fileName(), tag);
            if (!name.startsWith(prefix))
                continue;
            // ".NAME.TAG-PID-RANDOM", perhaps with a suffix of SQLite's ("-journal").
            bool ok = false;
            const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong(&ok);
            if (!ok || isRunning(pid))
                continue;
            const QString path = info.absolutePath() + u'/' + name;
            if (removeTree(path))
                removed.append(path);
        }
    }
    return removed;
}

bool moveExclusive(const QString &from, const QString &to, QString *error)
{
    if (::renameat2(AT_FDCWD, encoded(from).constData(), AT_FDCWD, encoded(to).constData(),
                    RENAME_NOREPLACE)
        == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        if (error)
            *error = describeErrno(errno);
        return false;
    }
    // A file system without RENAME_NOREPLACE: link(2) never replaces either (files only).
    if (::link(encoded(from).constData(), encoded(to).constData()) != 0) {
        if (error)
            *error = describeErrno(errno);
        return false;
    }
    ::unlink(encoded(from).constData());
    return true;
}

bool exchange(const QString &from, const QString &to, QString *error)
{
    return renameWith(from, to, RENAME_EXCHANGE, error);
}

bool replace(const QString &from, const QString &to, QString *error)
{
    return renameWith(from, to, 0, error);
}

bool removeTree(const QString &path)
{
    struct stat status;
    const QByteArray name = encoded(path);
    if (::lstat(name.constData(), &status) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(status.st_mode))
        return ::unlink(name.constData()) == 0 || errno == ENOENT;
    return ::nftw(name.constData(), removeEntry, 16, FTW_DEPTH | FTW_PHYS) == 0;
}

bool sync(const QString &path)
{
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString describeErrno(int error)
{
    switch (error) {
    case ENOSPC:
        return QCoreApplication::translate("kd::Siblings", "the disk is full");
    case EDQUOT:
        return QCoreApplication::translate("kd::Siblings", "the disk quota is used up");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("kd::Siblings", "permission denied");
    case EROFS:
        return QCoreApplication::translate("kd::Siblings", "the file system is read-only");
    case ENOENT:
        return QCoreApplication::translate("kd::Siblings", "no such file or folder");
    case EEXIST:
    case ENOTEMPTY:
        return QCoreApplication::translate("kd::Siblings", "something else already has that name");
    case EIO:
        return QCoreApplication::translate("kd::Siblings", "an input/output error of the disk");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace kd::Siblings
