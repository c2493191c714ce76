#include "packagewriter.h"

#include "assetnames.h"
#include "jsonpackagesink.h"
#include "packagefile.h"
#include "packagemanifest.h"
#include "packagemapping.h"
#include "xmlpackageparser.h"
#include "xmlpackagesink.h"

#include "files/siblings.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <cerrno>

// Messages are English, the source language, and translated where they are made: the editor
// installs the Dutch translator, kdtool installs none and prints these exact English words.

namespace kd {
namespace {

bool cancelled(const ExportOptions &options)
{
    return options.cancel && options.cancel->load();
}

void report(const ExportOptions &options, int done, int total)
{
    if (options.progress)
        options.progress(done, total);
}

bool cancel(const ExportOptions &options, PackageError *error)
{
    *error = PackageError{PackageError::Kind::Cancelled,
                          options.outDir,
                          0,
                          0,
                          QCoreApplication::translate("kd::PackageWriter", "export cancelled"),
                          {}};
    return false;
}

bool writeFailed(const PackageFile &file, PackageError *error)
{
    *error = PackageError::io(file.path(),
                              QCoreApplication::translate("kd::PackageWriter", "cannot write: %1")
                                  .arg(file.errorString()));
    return false;
}

// Makes one document of the package through a Sink (XmlPackageSink, JsonPackageSink) as the
// mapping produces it, handing each piece to tee, when given. With entries, the document is
// also written into dir, hashed for the manifest on the way and listed in entries; without, it
// only goes to tee. A cancel stops the writing at the next piece.
template<typename Sink>
bool writeDocument(const QDir &dir, const QString &name, const Project &project,
                   const ExportOptions &options, QList<PackageManifest::Entry> *entries,
                   PackageError *error, const std::function<void(QByteArrayView)> &tee = {})
{
    PackageFile file(dir.filePath(name));
    if (entries && !file.open())
        return writeFailed(file, error);
    bool stopped = false;
    Sink sink([&](QByteArrayView bytes) {
        stopped = cancelled(options);
        if (tee && !stopped)
            tee(bytes);
        return !stopped && (!entries || file.write(bytes));
    });
    PackageMapping::write(project, options.includeReviewNotes, sink, options.draft);
    const bool built = sink.finish();
    const bool closed = !entries || file.close();
    if (stopped)
        return cancel(options, error);
    if (!closed)
        return writeFailed(file, error);
    if (!built) {
        *error = PackageError::content(name, sink.error());
        return false;
    }
    if (entries)
        entries->append({name, file.sha256(), file.size()});
    return true;
}

// A target may be replaced when it is missing, an empty directory or a package of ours that holds
// nothing else: never some other directory that happens to be named as the output (a web app's
// own manifest.json does not make it a package), and never files a user put beside a package.
bool checkTarget(const QFileInfo &target, PackageError *error)
{
    if (!target.exists() && !target.isSymLink())
        return true;
    if (target.isSymLink() || !target.isDir()) {
        *error = PackageError::io(
            target.filePath(), QCoreApplication::translate(
                                   "kd::PackageWriter", "exists and is not a package directory"));
        return false;
    }
    const QDir dir(target.filePath());
    if (dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return true;
    QString problem;
    if (!PackageManifest::isReplaceable(dir.path(), &problem)) {
        *error = PackageError::io(target.filePath(), problem);
        return false;
    }
    return true;
}

// The temporary folder a package is written into: ".NAME.partial-PID-RANDOM" beside the target,
// removed (with whatever it holds) when it goes out of scope unless release()d.
class PartialDirectory
{
public:
    explicit PartialDirectory(const QString &target)
        : m_path(Siblings::temporaryPath(target, QStringLiteral("partial")))
    {
        m_valid = QDir().mkdir(m_path);
        m_errno = errno;
    }
    ~PartialDirectory()
    {
        if (m_valid)
            Siblings::removeTree(m_path);
    }
    PartialDirectory(const PartialDirectory &) = delete;
    PartialDirectory &operator=(const PartialDirectory &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return Siblings::describeErrno(m_errno); }
    QString path() const { return m_path; }
    void release() { m_valid = false; }

private:
    QString m_path;
    bool m_valid = false;
    int m_errno = 0;
};

// The folders of path that do not exist yet, deepest first; unless keep() is called, those
// that are still empty are removed when it goes out of scope (after the temporary package
// folder inside them is gone).
class CreatedDirectories
{
public:
    explicit CreatedDirectories(const QString &path)
    {
        for (QFileInfo dir(path); !dir.exists() && !dir.isRoot(); dir = QFileInfo(dir.path()))
            m_paths.append(dir.absoluteFilePath());
    }
    ~CreatedDirectories()
    {
        for (const QString &path : std::as_const(m_paths))
            QDir().rmdir(path);
    }
    CreatedDirectories(const CreatedDirectories &) = delete;
    CreatedDirectories &operator=(const CreatedDirectories &) = delete;

    void keep() { m_paths.clear(); }

private:
    QStringList m_paths;
};

} // namespace

PackageWriter::ValidationGate::ValidationGate(const Project &project, const ExportOptions &options)
{
    ValidationOptions validation;
    validation.asOf = effectiveAsOf(options);
    // A draft may hold unapproved or stale content; it says so in its manifest and per dilemma.
    validation.reviewGate = options.requireApproval && !options.draft
                                ? ValidationOptions::ReviewGate::Export
                                : ValidationOptions::ReviewGate::Off;
    m_result = std::async(std::launch::async, [&project, validation] {
        QList<Issue> errors;
        for (const Issue &issue : Validator::validate(project, validation)) {
            if (issue.severity == Issue::Severity::Error)
                errors.append(issue);
        }
        return errors;
    });
}

bool PackageWriter::ValidationGate::refuses(const ExportOptions &options, PackageError *error)
{
    if (m_result.valid())
        m_errors = m_result.get();
    if (m_errors.isEmpty())
        return false;
    *error = PackageError::content(
        options.outDir,
        //: %n is the number of validation errors.
        QCoreApplication::translate("kd::PackageWriter",
                                    "validation found %n error(s); export refused", nullptr,
                                    int(m_errors.size())));
    error->issues = m_errors;
    return true;
}

QDate PackageWriter::effectiveAsOf(const ExportOptions &options)
{
    if (options.asOf.isValid())
        return options.asOf;
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

bool PackageWriter::write(const Project &project, const ExportOptions &options, PackageError *error)
{
    if (!options.xml && !options.json) {
        *error = PackageError::io(options.outDir, QCoreApplication::translate(
                                                      "kd::PackageWriter", "no format to export"));
        return false;
    }
    // Validation runs beside the writing: the files go into a temporary folder that a refusal
    // throws away, and nothing is moved into place before validation has passed. Its errors
    // come first, whatever else failed meanwhile.
    ValidationGate gate(project, options);
    const bool written = writeFiles(project, options, gate, error);
    if (gate.refuses(options, error))
        return false;
    return written;
}

// Puts the finished package at target in one atomic step: a new name is taken exclusively (an
// export that got there first is never overwritten); an existing package is swapped with the
// new one, so that the name always holds a whole package, and the old one, now at the
// temporary's name, is removed (or, after a kill, by the next export).
bool PackageWriter::moveIntoPlace(const QString &temp, const QFileInfo &target, PackageError *error)
{
    const QString targetPath = target.absoluteFilePath();
    QString problem;
    // Checked again: the folder may have changed while the package was being written.
    const QFileInfo now(targetPath);
    if (!checkTarget(now, error))
        return false;
    const bool exists = now.exists();
    const bool moved = exists ? Siblings::exchange(temp, targetPath, &problem)
                              : Siblings::moveExclusive(temp, targetPath, &problem);
    if (!moved) {
        *error = PackageError::io(
            targetPath, QCoreApplication::translate("kd::PackageWriter",
                                                    "cannot move the new package into place: %1")
                            .arg(problem));
        return false;
    }
    Siblings::sync(target.absolutePath());
    if (exists)
        Siblings::removeTree(temp);
    return true;
}

bool PackageWriter::writeFiles(const Project &project, const ExportOptions &options,
                               ValidationGate &gate, PackageError *error)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath()));
    if (target.fileName().isEmpty()) {
        *error = PackageError::io(options.outDir, QCoreApplication::translate(
                                                      "kd::PackageWriter", "not a directory name"));
        return false;
    }
    if (!checkTarget(target, error))
        return false;
    const QString parent = target.absolutePath();
    // A refused or failed export leaves nothing behind, not even the folders made for it.
    CreatedDirectories created(parent);
    if (!QDir().mkpath(parent)) {
        *error = PackageError::io(parent, QCoreApplication::translate(
                                              "kd::PackageWriter", "cannot create the directory"));
        return false;
    }

    // Everything goes into a hidden sibling first: a failure, a cancel or a kill leaves at most
    // that sibling behind, never a half package under the target name; the next export to the
    // same target removes what a killed one left.
    Siblings::removeStale(target.absoluteFilePath(), {QStringLiteral("partial")});
    PartialDirectory temp(target.absoluteFilePath());
    if (!temp.isValid()) {
        *error = PackageError::io(
            parent, QCoreApplication::translate("kd::PackageWriter",
                                                "cannot create a temporary directory: %1")
                        .arg(temp.errorString()));
        return false;
    }
    const QDir tempDir(temp.path());

    // The steps: package.xml written, package.xml checked, package.json, the assets, the
    // manifest and the move into place.
    const int total = 3 + int(options.json) + int(!project.assets.isEmpty());
    int done = 0;
    report(options, done, total);
    QList<PackageManifest::Entry> entries;

    // package.xml is always made and checked against the XSD, even when only JSON is asked
    // for: both come from the same mapping, so a JSON-only package obeys the XSD's rules too.
    // The XSD check reads the document on a second thread as it is made.
    const QString xmlName = QStringLiteral("package.xml");
    XmlPackageParser::StreamCheck check(xmlName);
    // Asked only for JSON, the XML goes to the check alone and never to the disk.
    if (!writeDocument<XmlPackageSink>(tempDir, xmlName, project, options,
                                       options.xml ? &entries : nullptr, error,
                                       [&](QByteArrayView bytes) { check.feed(bytes); }))
        return false;
    report(options, ++done, total);
    PackageError schemaError;
    if (!check.finish(&schemaError)) {
        // Line numbers in a document nobody sees would only mislead: the message names the
        // element and the value.
        *error = PackageError::content(
            xmlName,
            QCoreApplication::translate("kd::PackageWriter", "the package would not be valid: %1")
                .arg(schemaError.message));
        return false;
    }
    report(options, ++done, total);
    if (cancelled(options))
        return cancel(options, error);

    if (options.json) {
        if (!writeDocument<JsonPackageSink>(tempDir, QStringLiteral("package.json"), project,
                                            options, &entries, error))
            return false;
        report(options, ++done, total);
    }

    if (!project.assets.isEmpty()) {
        if (!tempDir.mkdir(QStringLiteral("assets"))) {
            *error = PackageError::io(
                temp.path(),
                QCoreApplication::translate("kd::PackageWriter", "cannot create assets/"));
            return false;
        }
        const QStringList assetPaths = AssetNames::assign(project.assets);
        for (qsizetype i = 0; i < project.assets.size(); ++i) {
            PackageFile file(tempDir.filePath(assetPaths.at(i)));
            if (!(file.open() && file.write(project.assets.at(i).data) && file.close()))
                return writeFailed(file, error);
            entries.append({assetPaths.at(i), file.sha256(), file.size()});
        }
        report(options, ++done, total);
    }

    PackageFile manifest(tempDir.filePath(QStringLiteral("manifest.json")));
    if (!(manifest.open()
          && manifest.write(PackageManifest::build(entries, EntityCounts::of(project),
                                                   options.draft, options.includeReviewNotes))
          && manifest.close()))
        return writeFailed(manifest, error);
    if (cancelled(options))
        return cancel(options, error);
    if (gate.refuses(options, error))
        return false;

    if (!moveIntoPlace(temp.path(), target, error))
        return false;
    temp.release();
    created.keep();
    report(options, total, total);
    return true;
}

} // namespace kd
