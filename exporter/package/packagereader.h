#pragma once

#include "packageerror.h"
#include "packagemapping.h"

#include "model/project.h"

#include <QString>

namespace kd {

// Reads a package back into a project: a package directory (its manifest checked, then
// package.xml, or package.json when there is no XML), or one of the two files with the assets
// beside it. Input is treated as hostile (XmlPackageParser; JSON read strictly, every file
// capped at MaxFileSize). Nothing is written until the whole package has been read and checked.
class PackageReader
{
public:
    static constexpr qint64 MaxFileSize = PackageMapping::MaxFileBytes;

    static bool read(const QString &path, Project *project, PackageError *error);

    // Reads the package and writes it as a new project file (ProjectStore::writeNew: a failure
    // leaves no file behind). An existing project is replaced only with overwrite.
    static bool importPackage(const QString &packagePath, const QString &projectPath,
                              bool overwrite, PackageError *error);
};

} // namespace kd
