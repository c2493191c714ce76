#include "packageschemas.h"

#include <QFile>

namespace kd::PackageSchemas {
namespace {

// The schemas are compiled in, uncompressed: reading one copies it, and a copy that cannot be
// had throws bad_alloc, which kdtool reports as out of memory (exit 2). An empty schema would
// call valid input wrong, so one that reads empty is a build without its resources.
QByteArray resource(const QString &path)
{
    QFile file(path);
    QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (data.isEmpty())
        qFatal("the package schema %s is not compiled in", qPrintable(path));
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
