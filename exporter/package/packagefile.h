#pragma once

#include "crypto/sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kd {

// One file of a package being written: created new (never over an existing file, never through
// a symbolic link), written as it is built through a buffer, hashed on the way so that no
// document has to be held in memory whole and the manifest needs no second read, and forced to
// disk on close() so that a package moved into place is whole even after a power cut.
class PackageFile
{
public:
    explicit PackageFile(const QString &path);
    ~PackageFile();
    PackageFile(const PackageFile &) = delete;
    PackageFile &operator=(const PackageFile &) = delete;

    bool open();
    bool write(QByteArrayView bytes);
    // Writes what is buffered, syncs and closes; false when anything failed since open().
    [[nodiscard]] bool close();

    QString path() const { return m_path; }
    // What went wrong, in the program's words ("the disk is full").
    QString errorString() const;
    qint64 size() const { return m_size; }
    QString sha256() { return m_hash.hexResult(); } // after close()

private:
    bool flushBuffer();
    bool failed();

    QString m_path;
    int m_fd = -1;
    QByteArray m_buffer;
    Sha256 m_hash;
    qint64 m_size = 0;
    int m_errno = 0;
};

} // namespace kd
