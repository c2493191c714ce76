#pragma once

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace kd {

class ReviewerKey;

// The largest file a package may hold, written or read (PackageMapping::MaxFileBytes).
inline constexpr qint64 MaxPackageFileBytes = qint64(2) * 1024 * 1024 * 1024;

// What PackageWriter::write is asked to do. The editor's Export dialog and `kdtool export` fill
// the same structure.
struct ExportOptions
{
    QString outDir;    // the package directory to create or replace
    bool xml = true;   // write package.xml (it is written and checked against the XSD regardless)
    bool json = true;  // write package.json
    bool html = false; // write site/, the static site (SiteWriter)
    bool draft
        = false; // recorded in the manifest; a draft also gives each dilemma its review state
    // The review gate: refuse (not-approved, approval-stale, law-changed as errors) unless draft.
    // Publishing callers set it (`kdtool export` does); fixtures and previews may leave it off.
    bool requireApproval = false;
    bool includeReviewNotes = false; // reviewer names, review comments and threads, change log
    // The publisher's key: when set, the package gets manifest.sig, its signature of
    // manifest.json (`kdtool verify` checks it). Not owned.
    const ReviewerKey *signingKey = nullptr;
    // An earlier package: when set, the package also gets changes.json, what changed since that
    // one (ChangesReport), listed in the manifest like the other files. It takes the whole
    // project (PackageWriter::write(const Project &, ...)), read in the same snapshot.
    QString sincePackage;
    QDate asOf; // validation date; invalid: SOURCE_DATE_EPOCH's date, else today
    // The largest file the package may hold: what a reader takes (PackageMapping::MaxFileBytes),
    // so that what is written can be read back. Tests lower it.
    qint64 maxFileBytes = MaxPackageFileBytes;

    // Called after each step with the steps done and the total; may be empty. Runs on the
    // calling thread.
    std::function<void(int done, int total)> progress;
    // Polled between steps; when it turns true the export stops and leaves nothing behind.
    const std::atomic_bool *cancel = nullptr;
};

} // namespace kd
