#pragma once

#include "exportoptions.h"
#include "packageerror.h"

#include "model/project.h"
#include "validation/issue.h"

#include <QFileInfo>
#include <QList>
#include <QString>

#include <future>

namespace kd {

// Exports a project as a package directory (DESIGN.md, "Packages"; schema/FORMAT.md). The one
// entry point for `kdtool export` and the editor's File > Export package.
//
// write() refuses content with validation errors (validation runs on a second thread while the
// files are written; they are thrown away on a refusal). It writes each file into a temporary
// sibling of the target as the file is built (no document is held in memory whole): package.xml
// first, checked against the XSD as a stream on another thread while it is written (always:
// when only JSON is asked for, the XML goes to the check alone), then package.json, the assets
// and manifest.json;
// and renames the sibling into place. An existing target is replaced only by a complete new
// package, and only when it is empty or a package itself. Same project and options, same bytes.
//
// write() touches no global state the GUI thread uses (libxml2's error handlers are per
// thread), so the editor may run it on a worker thread with a copy of the project, reporting
// through options.progress and stopping through options.cancel.
class PackageWriter
{
public:
    static bool write(const Project &project, const ExportOptions &options, PackageError *error);

    // The date validation judges on: options.asOf, else SOURCE_DATE_EPOCH's UTC date, else
    // today.
    static QDate effectiveAsOf(const ExportOptions &options);

private:
    // The validation an export must pass, run on a thread of its own from construction.
    class ValidationGate
    {
    public:
        ValidationGate(const Project &project, const ExportOptions &options);
        // Waits for the validation; true, with *error naming the issues, when it found errors.
        bool refuses(const ExportOptions &options, PackageError *error);

    private:
        std::future<QList<Issue>> m_result;
        QList<Issue> m_errors;
    };

    static bool moveIntoPlace(const QString &temp, const QFileInfo &target, PackageError *error);
    static bool writeFiles(const Project &project, const ExportOptions &options,
                           ValidationGate &gate, PackageError *error);
};

} // namespace kd
