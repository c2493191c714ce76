#pragma once

#include "crypto/sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace kd {

// One file of a package being written: created new (never over an existing file, never through
// a symbolic link), written as it is built, hashed on the way so that no document has to be held
// in memory whole and the manifest needs no second read, and forced to disk on close() so that a
// package moved into place is whole even after a power cut.
//
// Bytes collect in 1 MiB buffers; once a file grows past the first, a thread of its own hashes
// and writes the full buffers while the caller builds the next (a package.json of 900 MB costs
// seconds of hashing and copying into the page cache), with at most a few buffers in between.
class PackageFile
{
public:
    explicit PackageFile(const QString &path);
    ~PackageFile();
    PackageFile(const PackageFile &) = delete;
    PackageFile &operator=(const PackageFile &) = delete;

    bool open();
    // False once anything has failed (a failed write is noticed a buffer or two later).
    bool write(QByteArrayView bytes);
    // Writes the rest, syncs and closes; false when anything failed since open().
    [[nodiscard]] bool close();

    QString path() const { return m_path; }
    // What went wrong, in the program's words ("the disk is full").
    QString errorString() const;
    qint64 size() const { return m_size; }
    QString sha256() { return m_hash.hexResult(); } // after close()

private:
    bool writeOut(const QByteArray &bytes); // hashes and writes; on the writer thread if any
    void hand(QByteArray buffer);           // to the writer thread, starting it
    void run();

    QString m_path;
    int m_fd = -1;
    QByteArray m_buffer;
    Sha256 m_hash;
    qint64 m_size = 0;
    std::atomic<int> m_errno = 0;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_ended = false;
    qint64 m_written = 0; // by the thread
    qint64 m_flushed = 0;
};

} // namespace kd
