#pragma once

#include <QByteArray>

namespace kd {

// The package schemas, compiled into the program as Qt resources (:/package/...): nothing
// reads schema/ at run time.
namespace PackageSchemas {

QByteArray xsd();
QByteArray jsonSchema();

} // namespace PackageSchemas
} // namespace kd
