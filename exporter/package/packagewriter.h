#pragma once

#include "exportoptions.h"
#include "packageerror.h"

#include "model/project.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace kd {

// Exports a project as a package directory (DESIGN.md, "Packages"; schema/FORMAT.md). The one
// entry point for `kdtool export` and the editor's File > Export package.
//
// write() refuses content with validation errors; builds package.xml (always, to check it
// against the XSD, even when only JSON is asked for), package.json, the assets and
// manifest.json in memory; writes them into a temporary sibling of the target and renames that
// into place. An existing target is replaced only by a complete new package, and only when it
// is empty or a package itself. Same project and options, same bytes.
//
// write() touches no global state the GUI thread uses (libxml2's error handlers are per
// thread), so the editor may run it on a worker thread with a copy of the project, reporting
// through options.progress and stopping through options.cancel.
class PackageWriter
{
public:
    using File = std::pair<QString, QByteArray>; // path inside the package, content

    static bool write(const Project &project, const ExportOptions &options, PackageError *error);

    // The package's files, checked but not written: package.xml and package.json (as asked),
    // the assets and manifest.json, sorted by path. No validation gate. False with *error set.
    static bool build(const Project &project, const ExportOptions &options, QList<File> *files,
                      PackageError *error);

    // The date validation judges on: options.asOf, else SOURCE_DATE_EPOCH's UTC date, else
    // today.
    static QDate effectiveAsOf(const ExportOptions &options);
};

} // namespace kd
