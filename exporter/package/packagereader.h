#pragma once

#include "packageerror.h"
#include "packagemapping.h"

#include "crypto/reviewerkey.h"
#include "model/project.h"

#include <QString>
#include <QStringList>

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
    // The same, trusting the package's reviewers only as far as keys say (schema/FORMAT.md,
    // "Importing signed approvals"): a listed reviewer is kept when trustedKeys holds its key,
    // or all of them when manifest.sig verifies with one of trustedKeys (the publisher vouches
    // for the package); the others are left out. Review records all arrive as they are; each
    // entity whose latest approval does not count then gets a line in *warnings (may be null),
    // as does each reviewer left out.
    static bool importPackage(const QString &packagePath, const QString &projectPath,
                              bool overwrite, const QList<PublicKey> &trustedKeys,
                              QStringList *warnings, PackageError *error);

    // `kdtool verify`: whether the package is intact and signed by key. False with *error (a
    // content error when the package is unsigned, signed by another key, changed after signing,
    // holds a file the manifest does not list, or does not read as a package; I/O otherwise).
    static bool verify(const QString &packagePath, const PublicKey &key, PackageError *error);

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
