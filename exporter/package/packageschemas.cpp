#include "packageschemas.h"

#include <QFile>

namespace kd::PackageSchemas {
namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
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
