#include "packagereader.h"

#include "jsonstreamsource.h"
#include "packagemanifest.h"
#include "packagemapping.h"
#include "xmlstreamsource.h"

#include "crypto/sha256.h"
#include "files/safeopen.h"
#include "files/siblings.h"
#include "model/assetcontent.h"
#include "review/reviewledger.h"
#include "storage/newprojectfile.h"
#include "storage/serverlocation.h"
#include "storage/serverproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

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
    return importPackage(packagePath, projectPath, overwrite, {}, nullptr, error);
}

namespace {

// manifest.sig's bytes; empty when the package has none.
bool readSignatureFile(const OpenedPackage &package, QByteArray *data, PackageError *error)
{
    const QString name = QLatin1String(PackageManifest::SignatureFile);
    if (!SafeOpen::exists(package.dir, name))
        return true;
    QString problem;
    const FileHandle file = SafeOpen::regularFile(
        package.dir, name, PackageManifest::MaxSignatureSize, nullptr, &problem);
    if (!file.isValid()
        || !SafeOpen::readAll(file, PackageManifest::MaxSignatureSize, data, &problem)) {
        *error = PackageError::content(package.pathOf(name), problem);
        return false;
    }
    return true;
}

// Whether manifest.sig verifies with one of keys.
bool vouchedFor(const QString &path, const QList<PublicKey> &keys, PackageError *error)
{
    OpenedPackage package;
    QByteArray signature;
    if (keys.isEmpty() || !openPackage(path, &package, error)
        || !readSignatureFile(package, &signature, error) || signature.isEmpty())
        return false;
    QString problem;
    return std::any_of(keys.cbegin(), keys.cend(), [&](const PublicKey &key) {
        return PackageManifest::verifySignature(package.manifest.bytes, signature, key, &problem);
    });
}

// The package's trusted reviewers that keys or the publisher's signature vouch for; a warning
// for each one left out.
QList<TrustedReviewer> trustedOnImport(const QList<TrustedReviewer> &listed,
                                       const QList<PublicKey> &keys, bool vouched,
                                       QStringList *warnings)
{
    QList<TrustedReviewer> kept;
    for (TrustedReviewer t : listed) {
        const auto key = std::find_if(keys.cbegin(), keys.cend(), [&](const PublicKey &k) {
            return k.fingerprint() == t.fingerprint;
        });
        if (key == keys.cend() && !vouched) {
            warnings->append(
                QCoreApplication::translate(
                    "kd::PackageReader",
                    "the package trusts reviewer key %1%2, but nothing given to the "
                    "import vouches for it: it is left out, and its approvals do not "
                    "count (import with --trust KEY.pub to trust it)")
                    .arg(shortFingerprint(t.fingerprint),
                         t.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.name)));
            continue;
        }
        if (t.name.isEmpty())
            t.name = key != keys.cend()
                         ? key->name
                         : QCoreApplication::translate("kd::PackageReader", "Reviewer %1")
                               .arg(shortFingerprint(t.fingerprint));
        kept.append(t);
    }
    return kept;
}

// A warning for each dilemma or legal source whose latest record is an approval that does not
// count in the project as imported.
void warnUncounted(const Project &project, const QHash<QString, QString> &names,
                   QStringList *warnings)
{
    const ApprovalTrust trust(project);
    const QHash<QString, QList<Review>> histories = ReviewLedger::histories(project.reviews);
    QStringList lines;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        const Review &latest = it.value().constLast();
        if (latest.state != ReviewState::Approved)
            continue;
        const ApprovalVerdict verdict = trust.check(latest);
        if (verdict != ApprovalVerdict::Counts)
            lines.append(QCoreApplication::translate("kd::PackageReader",
                                                     "the approval of %1 arrives as unapproved: %2")
                             .arg(names.value(it.key(), it.key()), ApprovalTrust::reason(verdict)));
    }
    lines.sort();
    warnings->append(lines);
}

} // namespace

namespace {

// A package into a server project: read into a project file of its own first (every check of
// an import), then uploaded whole (ServerProject::upload: kd_admin, one transaction).
bool importToServer(const QString &packagePath, const QString &uri, bool overwrite,
                    const QList<PublicKey> &trustedKeys, QStringList *warnings, PackageError *error)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("import.kdproj"));
    if (!dir.isValid()) {
        *error = PackageError::io(dir.path(), dir.errorString());
        return false;
    }
    if (!PackageReader::importPackage(packagePath, file, false, trustedKeys, warnings, error))
        return false;
    StoreError storeError;
    Project project;
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &storeError);
    if (!store || !store->load(&project)
        || !ServerProject::upload(uri, project, overwrite, &storeError)) {
        *error = PackageError::io(uri, storeError.isError() ? storeError.message
                                                            : store->lastError().message);
        return false;
    }
    return true;
}

} // namespace

bool PackageReader::importPackage(const QString &packagePath, const QString &projectPath,
                                  bool overwrite, const QList<PublicKey> &trustedKeys,
                                  QStringList *warnings, PackageError *error)
{
    QStringList ignored;
    if (!warnings)
        warnings = &ignored;
    if (ServerLocation::isServer(projectPath))
        return importToServer(packagePath, projectPath, overwrite, trustedKeys, warnings, error);
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
    // What the warnings call each reviewed item: "dilemma KEY", "legal-source KEY".
    QHash<QString, QString> names;
    const auto named = [&names](EntityKind kind, const QString &uid, const QString &key) {
        names.insert(uid, toName(kind) + u' ' + (key.isEmpty() ? uid : key));
    };
    Sinks sinks;
    sinks.scenario = [&](Scenario &&scenario) {
        for (const Segment &segment : std::as_const(scenario.segments))
            for (const Dilemma &d : segment.dilemmas)
                named(EntityKind::Dilemma, d.uid, d.key);
        return writeRegisters() && store.insert(scenario);
    };
    sinks.asset = [&](Asset &&asset) {
        return writeRegisters() && store.insert(asset);
    };
    const bool read = readWith(packagePath, &project, sinks, error);
    if (!read && error->isError())
        return false;
    bool ok = read && writeRegisters();
    PackageError signatureError;
    project.trustedReviewers
        = trustedOnImport(project.trustedReviewers, trustedKeys,
                          vouchedFor(packagePath, trustedKeys, &signatureError), warnings);
    for (const TrustedReviewer &reviewer : std::as_const(project.trustedReviewers))
        ok = ok && store.insert(reviewer);
    for (const Review &review : std::as_const(project.reviews))
        ok = ok && store.insert(review);
    for (const ReviewNote &note : std::as_const(project.reviewNotes))
        ok = ok && store.insert(note);
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
    for (const LegalSource &s : std::as_const(project.legalSources))
        named(EntityKind::LegalSource, s.uid, s.key);
    warnUncounted(project, names, warnings);
    return true;
}

bool PackageReader::verify(const QString &packagePath, const PublicKey &key, PackageError *error)
{
    OpenedPackage package;
    QByteArray signature;
    if (!openPackage(packagePath, &package, error)
        || !readSignatureFile(package, &signature, error))
        return false;
    const QString signaturePath = package.pathOf(QLatin1String(PackageManifest::SignatureFile));
    if (signature.isEmpty()) {
        *error = PackageError::content(
            signaturePath, QCoreApplication::translate("kd::PackageReader",
                                                       "is missing: the package is not signed"));
        return false;
    }
    QString problem;
    if (!PackageManifest::verifySignature(package.manifest.bytes, signature, key, &problem)) {
        *error = PackageError::content(signaturePath, problem);
        return false;
    }
    // The signed manifest vouches for its files and for nothing else.
    QSet<QString> expected{QStringLiteral("manifest.json"),
                           QLatin1String(PackageManifest::SignatureFile)};
    for (auto it = package.manifest.files.cbegin(); it != package.manifest.files.cend(); ++it) {
        for (QString path = it.key(); !path.isEmpty(); path = path.section(u'/', 0, -2))
            expected.insert(path);
        if (!checkListed(package, it.key(), error))
            return false;
    }
    const QDir root(package.dirPath);
    QDirIterator files(package.dirPath,
                       QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString relative = root.relativeFilePath(files.next());
        if (!expected.contains(relative)) {
            *error = PackageError::content(
                files.filePath(), QCoreApplication::translate(
                                      "kd::PackageReader", "is not listed in the signed manifest"));
            return false;
        }
    }
    // And it reads as a package: the document against its schema, the assets against the
    // manifest, without keeping what is read.
    Project registers;
    Sinks sinks;
    sinks.scenario = [](Scenario &&) {
        return true;
    };
    sinks.asset = [](Asset &&) {
        return true;
    };
    return readWith(packagePath, &registers, sinks, error);
}

} // namespace kd
