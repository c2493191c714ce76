#include "newprojectfile.h"

#include "sqlitebackend.h"

#include "files/safeopen.h"
#include "files/siblings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <unistd.h>

namespace kd {
namespace {

void setError(StoreError *error, StoreError::Code code, const QString &message)
{
    if (error)
        *error = StoreError{code, message};
}

// Whether the regular file at path (not a link, a device or a pipe) is a project of ours, read
// from its SQLite header: the magic string and, at offset 68, the application id (big-endian).
bool isOurProjectFile(const QString &path)
{
    QString problem;
    const FileHandle dir = SafeOpen::directory(QFileInfo(path).absolutePath(), &problem);
    if (!dir.isValid())
        return false;
    const FileHandle file = SafeOpen::regularFile(
        dir, QFileInfo(path).fileName(), std::numeric_limits<qint64>::max(), nullptr, &problem);
    if (!file.isValid())
        return false;
    unsigned char header[100];
    if (::pread(file.fd(), header, sizeof header, 0) != ssize_t(sizeof header))
        return false;
    const quint32 applicationId = quint32(header[68]) << 24 | quint32(header[69]) << 16
                                  | quint32(header[70]) << 8 | quint32(header[71]);
    return std::memcmp(header, "SQLite format 3", 16) == 0
           && applicationId == quint32(SqliteBackend::ApplicationId);
}

void removeFileAndJournal(const QString &path)
{
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path);
}

} // namespace

bool NewProjectFile::checkTarget(const QFileInfo &target, bool overwrite, StoreError *error)
{
    using Code = StoreError::Code;
    if (target.isDir() && !target.isSymLink()) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "is a directory"));
        return false;
    }
    const bool exists = target.exists() || target.isSymLink();
    if (exists && !overwrite) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "already exists"));
        return false;
    }
    if (exists && !isOurProjectFile(target.absoluteFilePath())) {
        setError(error, Code::Io,
                 QCoreApplication::translate(
                     "kd::ProjectStore",
                     "exists and is not a Kiezen & Delen project file; refusing to replace it"));
        return false;
    }
    if (!target.absoluteDir().exists()) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "the folder does not exist"));
        return false;
    }
    if (::access(QFile::encodeName(target.absolutePath()).constData(), W_OK) != 0) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot write in its folder: %1")
                     .arg(Siblings::describeErrno(errno)));
        return false;
    }
    return true;
}

std::unique_ptr<NewProjectFile> NewProjectFile::create(const QString &path, bool overwrite,
                                                       StoreError *error)
{
    std::unique_ptr<NewProjectFile> file(new NewProjectFile);
    file->m_target = QFileInfo(QFileInfo(path).absoluteFilePath());
    file->m_overwrite = overwrite;
    if (!checkTarget(file->m_target, overwrite, error) || !file->start(error))
        return nullptr;
    return file;
}

bool NewProjectFile::start(StoreError *error)
{
    using Code = StoreError::Code;
    const QString target = m_target.absoluteFilePath();
    if (m_target.exists()) {
        m_lock = std::make_unique<QLockFile>(target + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            if (m_lock->error() == QLockFile::LockFailedError)
                setError(error, Code::Locked,
                         QCoreApplication::translate("kd::ProjectStore",
                                                     "is open for writing elsewhere"));
            else
                setError(error, Code::Io,
                         QCoreApplication::translate("kd::ProjectStore",
                                                     "cannot create the lock file beside it: %1")
                             .arg(Siblings::describeErrno(EACCES)));
            m_lock.reset();
            return false;
        }
    }
    // What killed writers left beside this target goes first; a live writer's stays.
    Siblings::removeStale(target, {QStringLiteral("tmp")});
    m_temp = Siblings::temporaryPath(target, QStringLiteral("tmp"));
    // Created here, exclusively and not through a link, so that a failure says why.
    const int fd = ::open(QFile::encodeName(m_temp).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot write: %1")
                     .arg(Siblings::describeErrno(errno)));
        m_temp.clear();
        return false;
    }
    ::close(fd);
    QString failure;
    std::unique_ptr<SqliteBackend> backend = SqliteBackend::createNew(m_temp, &failure);
    if (backend) {
        m_store = std::make_unique<ProjectStore>(std::move(backend));
        StoreBackend &db = m_store->backend();
        m_transaction = std::make_unique<Transaction>(db);
        if (!m_transaction->isActive() || !db.beginBulk())
            failure = db.lastError();
    }
    if (!failure.isEmpty()) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot write: %1").arg(failure));
        return false;
    }
    return true;
}

NewProjectFile::~NewProjectFile()
{
    m_transaction.reset();
    m_store.reset();
    if (!m_committed && !m_temp.isEmpty())
        removeFileAndJournal(m_temp);
}

StoreError NewProjectFile::writeError() const
{
    return StoreError{StoreError::Code::Io,
                      QCoreApplication::translate("kd::ProjectStore", "cannot write: %1")
                          .arg(m_store->lastError().message)};
}

bool NewProjectFile::commit(StoreError *error)
{
    using Code = StoreError::Code;
    if (!m_store->backend().endBulk() || !m_transaction->commit()) {
        *error = writeError();
        if (error->message.endsWith(QLatin1String(": ")))
            error->message += m_store->backend().lastError();
        return false;
    }
    m_transaction.reset();
    m_store.reset();
    if (!Siblings::sync(m_temp)) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot write: %1")
                     .arg(QCoreApplication::translate("kd::ProjectStore",
                                                      "the new file cannot be synced")));
        return false;
    }
    // An existing project is replaced in one rename, after one more look at it; a new name is
    // taken exclusively.
    const QString target = m_target.absoluteFilePath();
    const QFileInfo now(target);
    QString problem;
    const bool replacing = m_overwrite && (now.exists() || now.isSymLink());
    if (replacing && !checkTarget(now, true, error))
        return false;
    const bool moved = replacing ? Siblings::replace(m_temp, target, &problem)
                                 : Siblings::moveExclusive(m_temp, target, &problem);
    if (!moved) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore",
                                             "cannot move the new file into place: %1")
                     .arg(problem));
        return false;
    }
    m_committed = true;
    Siblings::sync(m_target.absolutePath());
    return true;
}

} // namespace kd
