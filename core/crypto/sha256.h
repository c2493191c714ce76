#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace kd {

// SHA-256 for content hashes and package manifests, fed in pieces so that a file can be hashed
// while it is written. Backed by Nettle, whose x86-64 code uses the CPU's SHA instructions where
// they exist (several times faster than QCryptographicHash on large packages).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The digest of everything added so far, as lower-case hex; the hash starts over afterwards.
    QString hexResult();

    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace kd
