#include "packagewriter.h"

#include "assetnames.h"
#include "jsonpackagesink.h"
#include "packagemanifest.h"
#include "packagemapping.h"
#include "xmlpackageparser.h"
#include "xmlpackagesink.h"

#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

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

bool writeFile(const QString &path, const QByteArray &content, PackageError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || file.write(content) != content.size() || !file.flush()) {
        *error = PackageError::io(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = PackageError::io(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

// A target may be replaced when it is missing, an empty directory or a package of ours: never
// some other directory that happens to be named as the output (a web app's own manifest.json
// does not make it a package).
bool checkTarget(const QFileInfo &target, PackageError *error)
{
    if (!target.exists() && !target.isSymLink())
        return true;
    if (target.isSymLink() || !target.isDir()) {
        *error = PackageError::io(target.filePath(),
                                  QStringLiteral("exists and is not a package directory"));
        return false;
    }
    const QDir dir(target.filePath());
    const bool empty
        = dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (!empty && !PackageManifest::isPackage(dir.path())) {
        *error = PackageError::io(
            target.filePath(),
            QStringLiteral("exists and is not a Kiezen & Delen package; refusing to replace it"));
        return false;
    }
    return true;
}

bool renamePath(const QString &from, const QString &to)
{
    return QDir().rename(from, to);
}

} // namespace

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

bool PackageWriter::build(const Project &project, const ExportOptions &options, QList<File> *files,
                          PackageError *error)
{
    files->clear();
    XmlPackageSink xmlSink;
    PackageMapping::write(project, options.includeReviewNotes, xmlSink, options.draft);
    const QByteArray xml = xmlSink.document();
    if (xml.isEmpty()) {
        *error = PackageError::content(QStringLiteral("package.xml"), xmlSink.error());
        return false;
    }
    PackageError schemaError;
    if (!XmlPackageParser::parse(xml, QStringLiteral("package.xml"), &schemaError)) {
        // Line numbers in a document nobody sees would only mislead: the message names the
        // element and the value.
        *error = PackageError::content(QStringLiteral("package.xml"),
                                       QStringLiteral("the package would not be valid: ")
                                           + schemaError.message);
        return false;
    }
    if (options.xml)
        files->append({QStringLiteral("package.xml"), xml});
    if (options.json) {
        JsonPackageSink jsonSink;
        PackageMapping::write(project, options.includeReviewNotes, jsonSink, options.draft);
        files->append({QStringLiteral("package.json"), jsonSink.document()});
    }
    const QStringList assetPaths = AssetNames::assign(project.assets);
    for (qsizetype i = 0; i < project.assets.size(); ++i)
        files->append({assetPaths.at(i), project.assets.at(i).data});

    files->append({QStringLiteral("manifest.json"),
                   PackageManifest::build(*files, EntityCounts::of(project), options.draft,
                                          options.includeReviewNotes)});
    std::sort(files->begin(), files->end(),
              [](const File &a, const File &b) { return a.first < b.first; });
    return true;
}

bool PackageWriter::write(const Project &project, const ExportOptions &options, PackageError *error)
{
    if (!options.xml && !options.json) {
        *error = PackageError::io(options.outDir, QStringLiteral("no format to export"));
        return false;
    }
    ValidationOptions validation;
    validation.asOf = effectiveAsOf(options);
    // A draft may hold unapproved or stale content; it says so in its manifest and per dilemma.
    validation.reviewGate = options.requireApproval && !options.draft
                                ? ValidationOptions::ReviewGate::Export
                                : ValidationOptions::ReviewGate::Off;
    QList<Issue> errors;
    for (const Issue &issue : Validator::validate(project, validation)) {
        if (issue.severity == Issue::Severity::Error)
            errors.append(issue);
    }
    if (!errors.isEmpty()) {
        *error = PackageError::content(
            options.outDir,
            QStringLiteral("validation found %1 error(s); export refused").arg(errors.size()));
        error->issues = errors;
        return false;
    }

    QList<File> files;
    if (!build(project, options, &files, error))
        return false;
    const int total = int(files.size()) + 1;
    report(options, 0, total);

    const QFileInfo target(QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath()));
    if (target.fileName().isEmpty()) {
        *error = PackageError::io(options.outDir, QStringLiteral("not a directory name"));
        return false;
    }
    if (!checkTarget(target, error))
        return false;
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = PackageError::io(parent, QStringLiteral("cannot create the directory"));
        return false;
    }

    // Everything goes into a hidden sibling first: a failure, a cancel or a kill leaves at most
    // that sibling behind, never a half package under the target name.
    QTemporaryDir temp(
        QDir(parent).filePath(u'.' + target.fileName() + QStringLiteral(".partial-XXXXXX")));
    if (!temp.isValid()) {
        *error = PackageError::io(
            parent,
            QStringLiteral("cannot create a temporary directory: %1").arg(temp.errorString()));
        return false;
    }
    QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                           | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);
    const QDir tempDir(temp.path());
    const bool hasAssets = std::any_of(files.cbegin(), files.cend(), [](const File &file) {
        return file.first.startsWith(QLatin1String("assets/"));
    });
    if (hasAssets && !tempDir.mkdir(QStringLiteral("assets"))) {
        *error = PackageError::io(temp.path(), QStringLiteral("cannot create assets/"));
        return false;
    }
    int done = 0;
    for (const auto &[path, content] : files) {
        if (cancelled(options)) {
            *error = PackageError{PackageError::Kind::Cancelled,
                                  options.outDir,
                                  0,
                                  0,
                                  QStringLiteral("export cancelled"),
                                  {}};
            return false;
        }
        if (!writeFile(tempDir.filePath(path), content, error))
            return false;
        report(options, ++done, total);
    }
    if (cancelled(options)) {
        *error = PackageError{PackageError::Kind::Cancelled,
                              options.outDir,
                              0,
                              0,
                              QStringLiteral("export cancelled"),
                              {}};
        return false;
    }

    // Swap: the old package moves aside, the new one moves in, the old one goes.
    const QString targetPath = target.absoluteFilePath();
    QString aside;
    if (QFileInfo::exists(targetPath)) {
        QTemporaryDir asideDir(
            QDir(parent).filePath(u'.' + target.fileName() + QStringLiteral(".old-XXXXXX")));
        if (!asideDir.isValid()) {
            *error
                = PackageError::io(parent, QStringLiteral("cannot create a temporary directory"));
            return false;
        }
        asideDir.setAutoRemove(false);
        aside = asideDir.path();
        // rename(2) replaces an empty directory, which QTemporaryDir just made.
        if (!QDir().rmdir(aside) || !renamePath(targetPath, aside)) {
            *error
                = PackageError::io(targetPath, QStringLiteral("cannot move the old package aside"));
            return false;
        }
    }
    if (!renamePath(temp.path(), targetPath)) {
        if (!aside.isEmpty())
            renamePath(aside, targetPath);
        *error = PackageError::io(targetPath,
                                  QStringLiteral("cannot move the new package into place"));
        return false;
    }
    temp.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    report(options, total, total);
    return true;
}

} // namespace kd
