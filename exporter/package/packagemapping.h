#pragma once

#include "packagesink.h"
#include "packagesource.h"

#include "model/project.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kd {

// The one place that knows how a project maps onto a package (schema/FORMAT.md): write() walks
// the model into a PackageSink, read() builds a model from a PackageSource. The XML and JSON
// formats differ only in their sinks and sources, so they cannot drift apart.
//
// Positions are implied by order: read() numbers every list from 0. Reviews of entities that are
// not in the project are left out. Reviewer names, review comments and the change log are
// written only with includeReviewNotes.
class PackageMapping
{
public:
    static constexpr int FormatVersion = 1;
    // The longest text one field may hold, in UTF-8 bytes (HTML copies included): far above any
    // real field, far below what would let a package exhaust memory.
    static constexpr qsizetype MaxTextBytes = 4 * 1024 * 1024;
    // The largest file a package may hold: far above any real package (10,000 dilemmas make a
    // package.xml of about 85 MB), far below what would let a package exhaust memory.
    static constexpr qint64 MaxFileBytes = 512 * 1024 * 1024;

    // An asset's bytes live in a file beside the package; read() reports where.
    struct AssetFile
    {
        QString uid;
        QString path;   // "assets/huisarts.svg", checked with AssetNames::isSafePath
        QString sha256; // hex, as the package states it
    };

    // A draft package (draft true) also gives each dilemma its review state as the review records
    // and its content make it (approved, stale, ...), for front ends that mark unapproved text.
    static void write(const Project &project, bool includeReviewNotes, PackageSink &sink,
                      bool draft = false);
    // False when the source failed; the source holds the error. Assets come back without
    // their data: the caller loads it from assetFiles.
    static bool read(PackageSource &source, Project *project, QList<AssetFile> *assetFiles);
};

} // namespace kd
