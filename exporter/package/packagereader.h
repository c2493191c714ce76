#pragma once

#include "packageerror.h"
#include "packagemapping.h"

#include "model/project.h"

#include <QString>

#include <functional>

namespace kd {

// Reads a package back into a project: a package directory, or one of its two files, with the
// manifest.json beside it that every package must have (schema/FORMAT.md, "manifest.json"). The
// input is treated as hostile: the manifest is read first and every file it lists must match it by
// size and SHA-256; files are opened without following a link anywhere below the package folder,
// must be regular files, and are refused by their size before they are read; package.xml is
// checked against the XSD as it is read (XmlStreamSource), package.json read strictly
// (JsonStreamSource); asset bytes must be of the media type they claim (AssetContent).
//
// The document is read as a stream, one scenario at a time, so memory does not grow with the
// package: importPackage() writes each scenario into the new project file as it comes (nothing
// appears under the target name unless everything was read and checked), read() collects them.
class PackageReader
{
public:
    static constexpr qint64 MaxFileSize = PackageMapping::MaxFileBytes;

    static bool read(const QString &path, Project *project, PackageError *error);

    // Reads the package and writes it as a new project file (NewProjectFile: a failure leaves
    // nothing behind). An existing project is replaced only with overwrite, and only when it is
    // a project file.
    static bool importPackage(const QString &packagePath, const QString &projectPath,
                              bool overwrite, PackageError *error);

private:
    // What a reader does with what it reads: without sinks, everything goes into the project.
    struct Sinks
    {
        PackageMapping::ScenarioSink scenario;
        std::function<bool(Asset &&asset)> asset;
    };
    static bool readWith(const QString &path, Project *project, const Sinks &sinks,
                         PackageError *error);
};

} // namespace kd
