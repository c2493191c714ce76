#include "packagereader.h"

#include "jsonstreamsource.h"
#include "packagemanifest.h"
#include "packagemapping.h"
#include "xmlstreamsource.h"

#include "crypto/sha256.h"
#include "files/safeopen.h"
#include "files/siblings.h"
#include "model/assetcontent.h"
#include "storage/newprojectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>

#include <unistd.h>

namespace kd {
namespace {

const QString xmlName = QStringLiteral("package.xml");
const QString jsonName = QStringLiteral("package.json");

// A package opened for reading: its folder (every file below it is opened through this handle,
// never through a link), its manifest, and the document to read.
struct OpenedPackage
{
    QString dirPath;
    FileHandle dir;
    PackageManifest::Parsed manifest;
    QString document; // package.xml or package.json

    QString pathOf(const QString &name) const { return QDir(dirPath).filePath(name); }
};

PackageError notListed(const OpenedPackage &package, const QString &name)
{
    return PackageError::content(
        package.pathOf(name),
        QCoreApplication::translate("kd::PackageManifest", "not listed in manifest.json"));
}

bool openPackage(const QString &path, OpenedPackage *package, PackageError *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        package->dirPath = info.absoluteFilePath();
    } else if (info.exists() || info.isSymLink()) {
        package->dirPath = info.absolutePath();
        package->document = info.fileName();
        if (package->document != xmlName && package->document != jsonName) {
            *error = PackageError::content(
                path, QCoreApplication::translate(
                          "kd::PackageReader",
                          "not a package file: a package is package.xml or package.json beside "
                          "its manifest.json"));
            return false;
        }
    } else {
        *error = PackageError::io(
            path, QCoreApplication::translate("kd::PackageReader", "no such file or directory"));
        return false;
    }
    QString problem;
    package->dir = SafeOpen::directory(package->dirPath, &problem);
    if (!package->dir.isValid()) {
        *error = PackageError::io(package->dirPath, problem);
        return false;
    }
    if (package->document.isEmpty()) {
        const bool hasXml = SafeOpen::exists(package->dir, xmlName);
        const bool hasJson = SafeOpen::exists(package->dir, jsonName);
        if (!hasXml && !hasJson) {
            *error = PackageError::io(
                path, QCoreApplication::translate("kd::PackageReader",
                                                  "not a package: no package.xml or package.json"));
            return false;
        }
        package->document = hasXml ? xmlName : jsonName;
    }
    if (!PackageManifest::read(package->dir, package->dirPath, &package->manifest, error))
        return false;
    // A content file the manifest does not vouch for is as suspect as one that fails its hash.
    for (const QString &name : {xmlName, jsonName}) {
        if (SafeOpen::exists(package->dir, name) && !package->manifest.files.contains(name)) {
            *error = notListed(*package, name);
            return false;
        }
    }
    return true;
}

// A listed file, opened: regular, not reached through a link, of the size the manifest lists.
FileHandle openListed(const OpenedPackage &package, const QString &name, PackageError *error)
{
    const auto entry = package.manifest.files.constFind(name);
    if (entry == package.manifest.files.cend()) {
        *error = notListed(package, name);
        return {};
    }
    QString problem;
    qint64 size = 0;
    FileHandle file
        = SafeOpen::regularFile(package.dir, name, PackageReader::MaxFileSize, &size, &problem);
    if (!file.isValid()) {
        *error = PackageError::content(package.pathOf(name), problem);
        return {};
    }
    if (size != entry->size) {
        *error = PackageError::content(
            package.pathOf(name),
            QCoreApplication::translate("kd::PackageManifest",
                                        "is %1 bytes, not the %2 bytes the manifest lists")
                .arg(size)
                .arg(entry->size));
        return {};
    }
    return file;
}

// Reads an opened listed file in pieces for a parser, hashing what goes by and refusing more
// than the manifest lists; finish() reads what the parser left and compares the hash.
class ListedInput
{
public:
    ListedInput(const OpenedPackage &package, const QString &name, FileHandle file)
        : m_path(package.pathOf(name))
        , m_entry(package.manifest.files.value(name))
        , m_file(std::move(file))
    {}

    qint64 read(char *buffer, qint64 max)
    {
        qint64 got;
        do {
            got = ::read(m_file.fd(), buffer, size_t(max));
        } while (got < 0 && errno == EINTR);
        if (got < 0) {
            m_error = Siblings::describeErrno(errno);
            return -1;
        }
        m_hash.addData(QByteArrayView(buffer, got));
        m_size += got;
        if (m_size > m_entry.size) {
            m_error
                = QCoreApplication::translate("kd::PackageReader", "grew while it was being read");
            return -1;
        }
        return got;
    }

    // The bytes [from, to), read again (to say where an error is).
    QByteArray reread(qint64 from, qint64 to) const
    {
        QByteArray bytes(qsizetype(qMax<qint64>(0, to - from)), Qt::Uninitialized);
        const ssize_t got = ::pread(m_file.fd(), bytes.data(), size_t(bytes.size()), from);
        bytes.truncate(got < 0 ? 0 : qsizetype(got));
        return bytes;
    }

    bool finish(PackageError *error)
    {
        char rest[64 * 1024];
        qint64 got;
        while ((got = read(rest, sizeof rest)) > 0) {
        }
        if (got < 0 || m_size != m_entry.size) {
            *error = PackageError::content(
                m_path, m_error.isEmpty() ? QCoreApplication::translate(
                            "kd::PackageManifest", "does not match its size in the manifest")
                                          : m_error);
            return false;
        }
        if (m_hash.hexResult() != m_entry.sha256) {
            *error = PackageError::content(
                m_path, QCoreApplication::translate("kd::PackageManifest",
                                                    "does not match its SHA-256 in the manifest"));
            return false;
        }
        return true;
    }

    QString path() const { return m_path; }
    QString readError() const { return m_error; }

private:
    QString m_path;
    PackageManifest::Entry m_entry;
    FileHandle m_file;
    Sha256 m_hash;
    qint64 m_size = 0;
    QString m_error;
};

// A listed file that is not read otherwise (the other document) must match too.
bool checkListed(const OpenedPackage &package, const QString &name, PackageError *error)
{
    FileHandle file = openListed(package, name, error);
    if (!file.isValid())
        return false;
    return ListedInput(package, name, std::move(file)).finish(error);
}

// A listed file read whole (an asset): its size and SHA-256 as listed.
bool readListed(const OpenedPackage &package, const QString &name, QByteArray *data,
                PackageError *error)
{
    FileHandle file = openListed(package, name, error);
    if (!file.isValid())
        return false;
    QString problem;
    if (!SafeOpen::readAll(file, package.manifest.files.value(name).size, data, &problem)) {
        *error = PackageError::content(package.pathOf(name), problem);
        return false;
    }
    if (Sha256::hex(*data) != package.manifest.files.value(name).sha256) {
        *error = PackageError::content(
            package.pathOf(name),
            QCoreApplication::translate("kd::PackageManifest",
                                        "does not match its SHA-256 in the manifest"));
        return false;
    }
    return true;
}

// The document through the mapping. False with *error set, or with *error untouched when a sink
// stopped the reading (the sink has its own error).
bool readDocument(ListedInput &input, bool isXml, Project *project,
                  QList<PackageMapping::AssetFile> *assets,
                  const PackageMapping::ScenarioSink &onScenario, PackageError *error)
{
    const auto read = [&input](char *buffer, qint64 max) {
        return input.read(buffer, max);
    };
    if (isXml) {
        XmlStreamSource source(input.path(), read);
        const bool ok = source.start() && PackageMapping::read(source, project, assets, onScenario);
        if (!ok && source.failed())
            *error = source.error();
        return ok;
    }
    JsonStreamSource source(
        input.path(), read, [&input](qint64 from, qint64 to) { return input.reread(from, to); },
        PackageReader::MaxFileSize);
    if (!source.start()) {
        *error = source.error();
        return false;
    }
    const std::optional<int> version = source.integer("formatVersion");
    if (!source.failed() && version != PackageMapping::FormatVersion) {
        source.fail(
            "formatVersion",
            version
                ? QCoreApplication::translate(
                      "kd::PackageReader", "format version %1 is not one this program reads (%2)")
                      .arg(*version)
                      .arg(PackageMapping::FormatVersion)
                : QCoreApplication::translate("kd::PackageReader", "a format version is required"));
    }
    const bool ok = !source.failed() && PackageMapping::read(source, project, assets, onScenario);
    if (!ok && source.failed())
        *error = source.error();
    return ok;
}

} // namespace

bool PackageReader::readWith(const QString &path, Project *project, const Sinks &sinks,
                             PackageError *error)
{
    OpenedPackage package;
    if (!openPackage(path, &package, error))
        return false;
    // Every file the manifest lists must match it, the document not read included.
    for (const QString &name : {xmlName, jsonName}) {
        if (name != package.document && package.manifest.files.contains(name)
            && !checkListed(package, name, error))
            return false;
    }
    FileHandle file = openListed(package, package.document, error);
    if (!file.isValid())
        return false;
    ListedInput input(package, package.document, std::move(file));
    QList<PackageMapping::AssetFile> assets;
    if (!readDocument(input, package.document == xmlName, project, &assets, sinks.scenario,
                      error)) {
        if (!input.readError().isEmpty())
            *error = PackageError::content(input.path(), input.readError());
        return false;
    }
    if (!input.finish(error))
        return false;

    for (qsizetype i = 0; i < assets.size(); ++i) {
        const PackageMapping::AssetFile &file = assets.at(i);
        if (package.manifest.files.value(file.path).sha256 != file.sha256) {
            *error = PackageError::content(
                package.pathOf(file.path),
                QCoreApplication::translate("kd::PackageReader", "does not match its SHA-256 in %1")
                    .arg(package.document));
            return false;
        }
        QByteArray bytes;
        if (!readListed(package, file.path, &bytes, error))
            return false;
        Asset &asset = project->assets[i];
        // Bytes that are not what they claim, or an SVG that could run script, do not come in.
        QString detail;
        if (AssetContent::check(asset.mediaType, bytes, &detail) != AssetContent::Problem::None) {
            *error = PackageError::content(package.pathOf(file.path), detail);
            return false;
        }
        asset.data = std::move(bytes);
        if (sinks.asset && !sinks.asset(std::move(asset)))
            return false;
    }
    if (sinks.asset)
        project->assets.clear();
    return true;
}

bool PackageReader::read(const QString &path, Project *project, PackageError *error)
{
    Project result;
    if (!readWith(path, &result, {}, error))
        return false;
    *project = std::move(result);
    return true;
}

bool PackageReader::importPackage(const QString &packagePath, const QString &projectPath,
                                  bool overwrite, PackageError *error)
{
    const QFileInfo target(projectPath);
    if ((target.exists() || target.isSymLink()) && !overwrite) {
        // kdtool's words (its --force option), left untranslated: the editor always overwrites,
        // its file dialog having asked first.
        *error = PackageError::io(projectPath, QStringLiteral("exists; use --force to replace it"));
        return false;
    }
    StoreError storeError;
    const auto file = NewProjectFile::create(projectPath, overwrite, &storeError);
    if (!file) {
        *error = PackageError::io(projectPath, storeError.message);
        return false;
    }
    ProjectStore &store = file->store();
    Project project;
    // The registers are complete when the first scenario arrives (the package lists them
    // first), and go into the file then; scenarios follow one by one, assets after the
    // document (foreign keys are checked at the commit).
    bool registersWritten = false;
    const auto writeRegisters = [&] {
        if (registersWritten)
            return true;
        registersWritten = true;
        Project registers;
        registers.info = project.info;
        registers.lifeDomains = project.lifeDomains;
        registers.legalSources = project.legalSources;
        registers.professionals = project.professionals;
        registers.themes = project.themes;
        registers.glossary = project.glossary;
        return store.writeContent(registers);
    };
    Sinks sinks;
    sinks.scenario = [&](Scenario &&scenario) {
        return writeRegisters() && store.insert(scenario);
    };
    sinks.asset = [&](Asset &&asset) {
        return writeRegisters() && store.insert(asset);
    };
    const bool read = readWith(packagePath, &project, sinks, error);
    if (!read && error->isError())
        return false;
    bool ok = read && writeRegisters();
    for (const Review &review : std::as_const(project.reviews))
        ok = ok && store.insert(review);
    for (ChangeLogEntry entry : std::as_const(project.changeLog))
        ok = ok && store.append(&entry);
    if (!ok) {
        *error = PackageError::io(projectPath, file->writeError().message);
        return false;
    }
    if (!file->commit(&storeError)) {
        *error = PackageError::io(projectPath, storeError.message);
        return false;
    }
    return true;
}

} // namespace kd
