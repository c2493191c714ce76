#include "packagewriter.h"

#include "site/sitewriter.h"

#include "assetnames.h"
#include "jsonpackagesink.h"
#include "packagefile.h"
#include "packagemanifest.h"
#include "packagemapping.h"
#include "teesink.h"
#include "xmlpackageparser.h"
#include "xmlpackagesink.h"

#include "changesreport.h"
#include "files/siblings.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

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

// The documents of one export, made in one walk of the project with each Markdown text rendered
// once: package.xml, always made and checked against the XSD as a stream on a second thread
// (both documents come from the same mapping, so a JSON-only package obeys the XSD's rules too),
// and written to its file when asked for; package.json when asked for. Each is hashed on the
// way for the manifest.
class PackageWriter::Documents
{
public:
    Documents(const QDir &dir, const ExportOptions &options)
        : m_options(options)
        , m_xmlFile(dir.filePath(QStringLiteral("package.xml")))
        , m_jsonFile(dir.filePath(QStringLiteral("package.json")))
        , m_check(QStringLiteral("package.xml"))
        , m_xml([this](QByteArrayView bytes) { return output(bytes, m_xmlFile, m_options.xml); })
        , m_json([this](QByteArrayView bytes) { return output(bytes, m_jsonFile, true); })
        , m_tee(m_xml, options.json ? &m_json : nullptr)
    {}

    bool open(PackageError *error)
    {
        if (m_options.xml && !m_xmlFile.open())
            return writeFailed(m_xmlFile, error);
        if (m_options.json && !m_jsonFile.open())
            return writeFailed(m_jsonFile, error);
        return true;
    }

    PackageSink &sink() { return m_tee; }
    // A write failed or the export was cancelled: the walk may stop.
    bool stopped() const { return m_stopped; }
    // A file would have passed PackageMapping::MaxFileBytes.
    bool tooLarge() const { return m_tooLarge; }

    bool finish(QList<PackageManifest::Entry> *entries, PackageError *error)
    {
        const bool xmlBuilt = m_xml.finish();
        const bool jsonBuilt = !m_options.json || m_json.finish();
        const bool xmlClosed = !m_options.xml || m_xmlFile.close();
        const bool jsonClosed = !m_options.json || m_jsonFile.close();
        if (!xmlClosed)
            return writeFailed(m_xmlFile, error);
        if (!jsonClosed)
            return writeFailed(m_jsonFile, error);
        if (!xmlBuilt || !jsonBuilt) {
            *error = PackageError::content(xmlBuilt ? QStringLiteral("package.json")
                                                    : QStringLiteral("package.xml"),
                                           xmlBuilt ? m_json.error() : m_xml.error());
            return false;
        }
        PackageError schemaError;
        if (!m_check.finish(&schemaError)) {
            // Line numbers in a document nobody sees would only mislead: the message names the
            // element and the value.
            *error = PackageError::content(
                QStringLiteral("package.xml"),
                QCoreApplication::translate("kd::PackageWriter",
                                            "the package would not be valid: %1")
                    .arg(schemaError.message));
            return false;
        }
        if (m_options.xml)
            entries->append({QStringLiteral("package.xml"), m_xmlFile.sha256(), m_xmlFile.size()});
        if (m_options.json)
            entries->append(
                {QStringLiteral("package.json"), m_jsonFile.sha256(), m_jsonFile.size()});
        return true;
    }

private:
    bool output(QByteArrayView bytes, PackageFile &file, bool toFile)
    {
        m_stopped = m_stopped || cancelled(m_options);
        if (!m_stopped && &file == &m_xmlFile)
            m_check.feed(bytes);
        // A package file is never larger than a reader takes: what is written can be read.
        if (!m_stopped && toFile && file.size() + bytes.size() > m_options.maxFileBytes)
            m_tooLarge = true;
        m_stopped = m_stopped || m_tooLarge || (toFile && !file.write(bytes));
        return !m_stopped;
    }

    const ExportOptions &m_options;
    PackageFile m_xmlFile;
    PackageFile m_jsonFile;
    XmlPackageParser::StreamCheck m_check;
    XmlPackageSink m_xml;
    JsonPackageSink m_json;
    TeeSink m_tee;
    bool m_stopped = false;
    bool m_tooLarge = false;
};

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

// The validation of an export, on a thread of its own beside the writing: each scenario is
// handed over as a (shallow, implicitly shared) copy through a short queue.
// Runs work(scenario) for each scenario added, in order, on a thread of its own, while the
// caller walks on; at most four scenarios wait. A scenario's copy is cheap: its lists and
// texts are shared, never changed.
class PackageWriter::ScenarioWorker
{
public:
    explicit ScenarioWorker(std::function<void(const Scenario &)> work)
        : m_work(std::move(work))
        , m_thread([this] { run(); })
    {}
    ~ScenarioWorker() { finish(); }
    ScenarioWorker(const ScenarioWorker &) = delete;
    ScenarioWorker &operator=(const ScenarioWorker &) = delete;

    void add(const Scenario &scenario)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < 4; });
        m_queue.push_back(scenario);
        m_changed.notify_all();
    }

    // Waits until every scenario added has been worked on.
    void finish()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_ended = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

private:
    void run()
    {
        for (;;) {
            Scenario scenario;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_ended; });
                if (m_queue.empty())
                    return;
                scenario = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_changed.notify_all();
            m_work(scenario);
        }
    }

    std::function<void(const Scenario &)> m_work;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Scenario> m_queue;
    bool m_ended = false;
    std::thread m_thread; // last: starts once everything above exists
};

// Validation beside the walk: each scenario is checked while the next is read and written.
class PackageWriter::BackgroundValidation
{
public:
    BackgroundValidation(const Project &registers, const ProjectFacts &facts,
                         const ValidationOptions &options)
        : m_run(registers, facts, options)
        , m_worker([this](const Scenario &scenario) { m_run.add(scenario); })
    {}

    void add(const Scenario &scenario) { m_worker.add(scenario); }

    QList<Issue> finish()
    {
        if (!m_finished) {
            m_worker.finish();
            m_issues = m_run.finish();
            m_finished = true;
        }
        return m_issues;
    }

private:
    ValidationRun m_run;
    QList<Issue> m_issues;
    bool m_finished = false;
    ScenarioWorker m_worker; // last: its thread uses m_run
};

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
    QByteArray changes;
    if (!options.sincePackage.isEmpty()
        && !changesSince(project, options.sincePackage, &changes, error))
        return false;
    return writePackage(
        project, ProjectFacts::of(project),
        [&project](const ScenarioVisit &visit, QString *) {
            for (const Scenario &scenario : project.scenarios) {
                if (!visit(scenario))
                    break;
            }
            return true;
        },
        options, changes, error);
}

bool PackageWriter::changesSince(const Project &project, const QString &earlierPackage,
                                 QByteArray *changes, PackageError *error)
{
    ChangesReport report;
    Project earlier;
    if (!ChangesReport::readPackage(earlierPackage, &earlier, &report.before, error)) {
        // The earlier package is no part of the project: its problem is said as such.
        *error = PackageError::io(
            error->where(),
            QCoreApplication::translate("kd::PackageWriter",
                                        "cannot compare with this earlier package (--since): %1")
                .arg(error->message));
        return false;
    }
    report.after = ChangesReport::releaseOf(project);
    report.changes = ReleaseDiff::compare(earlier, project);
    *changes = report.json();
    return true;
}

// Validation runs in the same walk as the writing: the files go into a temporary folder that a
// refusal throws away, and nothing is moved into place before validation has passed. Its errors
// come first, whatever else failed meanwhile.
bool PackageWriter::refuses(QList<Issue> issues, const ExportOptions &options, PackageError *error)
{
    issues.removeIf([](const Issue &issue) { return issue.severity != Issue::Severity::Error; });
    if (issues.isEmpty())
        return false;
    *error = PackageError::content(
        options.outDir,
        //: %n is the number of validation errors.
        QCoreApplication::translate("kd::PackageWriter",
                                    "validation found %n error(s); export refused", nullptr,
                                    int(issues.size())));
    error->issues = issues;
    return true;
}

bool PackageWriter::write(const Project &registers, const ProjectFacts &facts,
                          const ScenarioStream &scenarios, const ExportOptions &options,
                          PackageError *error)
{
    if (!options.sincePackage.isEmpty()) {
        *error = PackageError::io(
            options.sincePackage,
            QCoreApplication::translate("kd::PackageWriter",
                                        "the changes since a package need the whole project"));
        return false;
    }
    return writePackage(registers, facts, scenarios, options, {}, error);
}

bool PackageWriter::writePackage(const Project &registers, const ProjectFacts &facts,
                                 const ScenarioStream &scenarios, const ExportOptions &options,
                                 const QByteArray &changes, PackageError *error)
{
    if (!options.xml && !options.json && !options.html) {
        *error = PackageError::io(options.outDir, QCoreApplication::translate(
                                                      "kd::PackageWriter", "no format to export"));
        return false;
    }
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
    QList<PackageManifest::Entry> entries;
    EntityCounts counts;
    if (!writeDocuments(registers, facts, scenarios, options, temp.path(), &entries, &counts, error)
        || !writeAssets(registers.assets, temp.path(), &entries, error))
        return false;
    if (!changes.isEmpty()) {
        PackageFile file(QDir(temp.path()).filePath(QLatin1String(PackageManifest::ChangesFile)));
        if (!(file.open() && file.write(changes) && file.close()))
            return writeFailed(file, error);
        entries.append({QLatin1String(PackageManifest::ChangesFile), file.sha256(), file.size()});
    }
    PackageFile manifest(QDir(temp.path()).filePath(QStringLiteral("manifest.json")));
    const QByteArray manifestBytes
        = PackageManifest::build(entries, counts, options.draft, options.includeReviewNotes);
    if (!(manifest.open() && manifest.write(manifestBytes) && manifest.close()))
        return writeFailed(manifest, error);
    if (options.signingKey) {
        PackageFile signature(
            QDir(temp.path()).filePath(QLatin1String(PackageManifest::SignatureFile)));
        if (!(signature.open()
              && signature.write(PackageManifest::sign(manifestBytes, *options.signingKey))
              && signature.close()))
            return writeFailed(signature, error);
    }
    if (cancelled(options))
        return cancel(options, error);
    if (!moveIntoPlace(temp.path(), target, error))
        return false;
    temp.release();
    created.keep();
    return true;
}

// The walk: package.xml and package.json made together while each scenario is validated, one
// scenario at a time (progress is reported per scenario).
bool PackageWriter::writeDocuments(const Project &registers, const ProjectFacts &facts,
                                   const ScenarioStream &scenarios, const ExportOptions &options,
                                   const QString &dir, QList<PackageManifest::Entry> *entries,
                                   EntityCounts *counts, PackageError *error)
{
    ValidationOptions validationOptions;
    validationOptions.asOf = effectiveAsOf(options);
    // A draft may hold unapproved or stale content; it says so in its manifest and per dilemma.
    validationOptions.reviewGate = options.requireApproval && !options.draft
                                       ? ValidationOptions::ReviewGate::Export
                                       : ValidationOptions::ReviewGate::Off;
    validationOptions.plainLanguage = false;
    BackgroundValidation validation(registers, facts, validationOptions);
    Documents documents{QDir(dir), options};
    if (!documents.open(error))
        return false;
    PackageMapping::StreamWriter writer(documents.sink(), options.includeReviewNotes,
                                        options.draft);
    *counts = EntityCounts::ofRegisters(registers);
    const int total = int(registers.scenarios.size()) + 1;
    int done = 0;
    report(options, done, total);
    writer.begin(registers);
    // The site, when asked for, from the same walk: one scenario at a time, on a thread of its
    // own while the documents are made.
    std::optional<SiteWriter> site;
    PackageError siteError;
    std::atomic_bool siteWritten = true;
    std::optional<ScenarioWorker> siteWorker;
    if (options.html) {
        site.emplace(registers, dir);
        siteWritten = site->begin(&siteError);
        siteWorker.emplace([&](const Scenario &scenario) {
            if (siteWritten)
                siteWritten = site->scenario(scenario, &siteError);
        });
    }
    QString problem;
    const bool read = scenarios(
        [&](const Scenario &scenario) {
            validation.add(scenario);
            if (siteWorker)
                siteWorker->add(scenario);
            writer.scenario(scenario);
            counts->addContent(scenario);
            report(options, ++done, total);
            return !documents.stopped() && siteWritten && !cancelled(options);
        },
        &problem);
    writer.end(registers);
    if (siteWorker)
        siteWorker->finish();
    const bool written = documents.finish(entries, error);
    if (cancelled(options))
        return cancel(options, error);
    if (refuses(validation.finish(), options, error))
        return false;
    if (!read) {
        // The project is the caller's to name.
        *error = PackageError::io(QString(), QCoreApplication::translate(
                                                 "kd::PackageWriter", "cannot read the project: %1")
                                                 .arg(problem));
        return false;
    }
    if (documents.tooLarge()) {
        *error = PackageError::content(
            options.outDir,
            QCoreApplication::translate("kd::PackageWriter",
                                        "a package file would be larger than %1 bytes, the most "
                                        "a package may hold (and a reader takes)")
                .arg(options.maxFileBytes));
        return false;
    }
    if (written && site && !(siteWritten && site->finish(entries, &siteError))) {
        *error = siteError;
        return false;
    }
    return written;
}

bool PackageWriter::writeAssets(const QList<Asset> &assets, const QString &dir,
                                QList<PackageManifest::Entry> *entries, PackageError *error)
{
    if (assets.isEmpty())
        return true;
    const QDir tempDir(dir);
    if (!tempDir.mkdir(QStringLiteral("assets"))) {
        *error = PackageError::io(
            dir, QCoreApplication::translate("kd::PackageWriter", "cannot create assets/"));
        return false;
    }
    const QStringList assetPaths = AssetNames::assign(assets);
    for (qsizetype i = 0; i < assets.size(); ++i) {
        PackageFile file(tempDir.filePath(assetPaths.at(i)));
        if (!(file.open() && file.write(assets.at(i).data) && file.close()))
            return writeFailed(file, error);
        entries->append({assetPaths.at(i), file.sha256(), file.size()});
    }
    return true;
}

} // namespace kd
