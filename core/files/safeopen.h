#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace kd {

// An open file descriptor, closed when it goes out of scope.
class FileHandle
{
public:
    FileHandle() = default;
    explicit FileHandle(int fd)
        : m_fd(fd)
    {}
    ~FileHandle();
    FileHandle(FileHandle &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {}
    FileHandle &operator=(FileHandle &&other) noexcept;
    FileHandle(const FileHandle &) = delete;
    FileHandle &operator=(const FileHandle &) = delete;

    bool isValid() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    // Gives the descriptor up (to a QFile that closes it).
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd = -1;
};

// Opens the files of a package (or of anything else read from outside) so that the package
// cannot reach beyond itself: below the folder the user named, no path component may be a
// symbolic link (each is opened with O_NOFOLLOW, relative to its parent), the file must be a
// regular file (never a FIFO or a device, which could block or never end; opening never waits),
// and it is refused by its size before anything is allocated for it. Messages are sentence
// fragments about the file, to be prefixed with its name.
namespace SafeOpen {

// The folder at path (the user's own path, followed as given).
FileHandle directory(const QString &path, QString *error);

// relative ("assets/logo.png") below dir, a regular file of at most maxBytes; *size gets its size.
FileHandle regularFile(const FileHandle &dir, const QString &relative, qint64 maxBytes,
                       qint64 *size, QString *error);

// Reads all of an opened file, refusing more than maxBytes (should it grow meanwhile).
bool readAll(const FileHandle &file, qint64 maxBytes, QByteArray *data, QString *error);

// Whether relative exists below dir as anything at all (not following a final link).
bool exists(const FileHandle &dir, const QString &relative);

} // namespace SafeOpen
} // namespace kd
