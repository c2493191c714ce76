#pragma once

#include "exportoptions.h"
#include "packagesink.h"
#include "packagesource.h"

#include "model/project.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace kd {

// The one place that knows how a project maps onto a package (schema/FORMAT.md): write() walks
// the model into a PackageSink, read() builds a model from a PackageSource. The XML and JSON
// formats differ only in their sinks and sources, so they cannot drift apart.
//
// Positions are implied by order: read() numbers every list from 0. Reviews and review notes of
// entities that are not in the project are left out. Reviewer names, review comments, the review
// threads and the change log are written only with includeReviewNotes.
class PackageMapping
{
public:
    static constexpr int FormatVersion = 1;
    // The longest text one field may hold, in UTF-8 bytes (its Markdown and its HTML each):
    // room for a 10 MB field, far below what would let a package exhaust memory.
    static constexpr qsizetype MaxTextBytes = 16 * 1024 * 1024;
    // The largest file a package may hold, written or read: what the program writes it can read
    // back (100,000 dilemmas make a package.json of about 900 MB). Files are read as streams, so
    // the size costs time, not memory.
    static constexpr qint64 MaxFileBytes = MaxPackageFileBytes;

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

    // write() in parts, for a project read one scenario at a time: begin() with the registers
    // (everything but the scenarios' content), scenario() for each scenario in order, end()
    // with the same registers. The registers must stay alive until end().
    class StreamWriter
    {
    public:
        StreamWriter(PackageSink &sink, bool includeReviewNotes, bool draft);
        ~StreamWriter();
        StreamWriter(const StreamWriter &) = delete;
        StreamWriter &operator=(const StreamWriter &) = delete;

        void begin(const Project &registers);
        void scenario(const Scenario &scenario);
        void end(const Project &registers);

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };
    // Takes each scenario as it is read, with what it owns; false stops the reading (the sink's
    // own failure, which the sink keeps).
    using ScenarioSink = std::function<bool(Scenario &&scenario)>;

    // False when the source failed (the source holds the error) or onScenario stopped it.
    // Assets come back without their data: the caller loads it from assetFiles. Without
    // onScenario the scenarios go into project; with it, project gets everything else and each
    // scenario goes to onScenario, so that a package of any size is read one scenario at a time.
    static bool read(PackageSource &source, Project *project, QList<AssetFile> *assetFiles,
                     const ScenarioSink &onScenario = {});
};

} // namespace kd
