#pragma once

#include "crypto/sha256.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace kd {

// One file of a package being written: created new (never over an existing file), written as it
// is built, and hashed on the way, so that no document has to be held in memory whole and the
// manifest needs no second read.
class PackageFile
{
public:
    explicit PackageFile(const QString &path);

    bool open();
    bool write(QByteArrayView bytes);
    // Flushes and closes; false when anything failed since open().
    bool close();

    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }
    qint64 size() const { return m_size; }
    QString sha256() { return m_hash.hexResult(); } // after close()

private:
    QFile m_file;
    Sha256 m_hash;
    qint64 m_size = 0;
    bool m_ok = true;
};

} // namespace kd
