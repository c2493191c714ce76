#include "packagefile.h"

namespace kd {

PackageFile::PackageFile(const QString &path)
    : m_file(path)
{}

bool PackageFile::open()
{
    m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    return m_ok;
}

bool PackageFile::write(QByteArrayView bytes)
{
    if (!m_ok)
        return false;
    m_hash.addData(bytes);
    m_size += bytes.size();
    m_ok = m_file.write(bytes.data(), bytes.size()) == bytes.size();
    return m_ok;
}

bool PackageFile::close()
{
    if (!m_file.isOpen())
        return false;
    m_ok = m_file.flush() && m_ok;
    m_file.close();
    return m_ok && m_file.error() == QFileDevice::NoError;
}

} // namespace kd
