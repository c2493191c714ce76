#include "packageschemas.h"

#include <QFile>

#include <new>

namespace kd::PackageSchemas {
namespace {

// The schemas are compiled in, compressed: reading one fails only when there is no memory to
// decompress it into (Qt then returns nothing). Checking against an empty schema would call
// valid input wrong, so that is out of memory, which kdtool reports as such (exit 2).
QByteArray resource(const QString &path)
{
    QFile file(path);
    QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (data.isEmpty())
        throw std::bad_alloc();
    return data;
}

} // namespace

QByteArray xsd()
{
    return resource(QStringLiteral(":/package/package.xsd"));
}

QByteArray jsonSchema()
{
    return resource(QStringLiteral(":/package/package.schema.json"));
}

} // namespace kd::PackageSchemas
