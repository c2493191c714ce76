#pragma once

#include "model/asset.h"

#include <QList>
#include <QStringList>

namespace kd {

// The file names assets get inside a package: "assets/" and a name made from the asset's own
// name that is safe on every file system (ASCII letters, digits, '_', '.', '-'; no separators,
// no leading dot, so never ".."), at most 100 characters, and unique ignoring case (a suffix
// "-2", "-3" goes before the extension). Deterministic: the same assets give the same names.
namespace AssetNames {

QString safeName(const QString &name);
// One package path per asset, in the assets' order.
QStringList assign(const QList<Asset> &assets);
// Whether a path read from a package is one assign() could have written.
bool isSafePath(const QString &path);

} // namespace AssetNames
} // namespace kd
