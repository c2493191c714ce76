#pragma once

#include "exportoptions.h"
#include "packageerror.h"
#include "packagemanifest.h"

#include "model/entitycounts.h"
#include "model/project.h"
#include "model/projectfacts.h"
#include "validation/issue.h"

#include <QFileInfo>
#include <QList>
#include <QString>

#include <functional>

namespace kd {

// Exports a project as a package directory (schema/FORMAT.md). The one
// entry point for `kdtool export` and the editor's File > Export package.
//
// write() walks the project once: each scenario is validated and written into package.xml and
// package.json at the same time (each Markdown text rendered once), the XML checked against the
// XSD as a stream on a second thread, everything hashed on the way, so that no document and, for
// a project read from its file, no more than one scenario is in memory at a time. Content with
// validation errors is refused (the files written meanwhile are thrown away). Files go into a
// temporary sibling of the target, then the assets and manifest.json, and the sibling is moved
// into place in one atomic step. An existing target is replaced only by a complete new package,
// and only when it is empty or a package of ours holding nothing else. Same project and
// options, same bytes. A file that would pass PackageMapping::MaxFileBytes (what a reader takes)
// stops the export with a message naming the limit.
//
// write() touches no global state the GUI thread uses (libxml2's error handlers are per
// thread), so the editor may run it on a worker thread with a copy of the project, reporting
// through options.progress (per scenario) and stopping through options.cancel.
class PackageWriter
{
public:
    using ScenarioVisit = std::function<bool(const Scenario &scenario)>;
    // Hands the scenarios to visit in order until it returns false; false, with *problem, when
    // they cannot be read (ProjectStore::forEachScenario).
    using ScenarioStream = std::function<bool(const ScenarioVisit &visit, QString *problem)>;

    static bool write(const Project &project, const ExportOptions &options, PackageError *error);
    // The same for a project read one scenario at a time: registers is the project without its
    // scenarios' content (stubs, ProjectStore::loadRegisters), facts those of all scenarios.
    static bool write(const Project &registers, const ProjectFacts &facts,
                      const ScenarioStream &scenarios, const ExportOptions &options,
                      PackageError *error);

    // The date validation judges on: options.asOf, else SOURCE_DATE_EPOCH's UTC date, else
    // today.
    static QDate effectiveAsOf(const ExportOptions &options);

private:
    // The export of write(), with the bytes of changes.json (none when empty).
    static bool writePackage(const Project &registers, const ProjectFacts &facts,
                             const ScenarioStream &scenarios, const ExportOptions &options,
                             const QByteArray &changes, PackageError *error);
    // changes.json for options.sincePackage: what changed from it to project.
    static bool changesSince(const Project &project, const QString &earlierPackage,
                             QByteArray *changes, PackageError *error);
    class Documents;
    class ScenarioWorker;
    class BackgroundValidation;

    static bool refuses(QList<Issue> issues, const ExportOptions &options, PackageError *error);
    static bool writeDocuments(const Project &registers, const ProjectFacts &facts,
                               const ScenarioStream &scenarios, const ExportOptions &options,
                               const QString &dir, QList<PackageManifest::Entry> *entries,
                               EntityCounts *counts, PackageError *error);
    static bool writeAssets(const QList<Asset> &assets, const QString &dir,
                            QList<PackageManifest::Entry> *entries, PackageError *error);
    static bool moveIntoPlace(const QString &temp, const QFileInfo &target, PackageError *error);
};

} // namespace kd
