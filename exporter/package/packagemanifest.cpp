#include "packagemanifest.h"

#include "assetnames.h"
#include "packagemapping.h"
#include "projectsummary.h"

#include "crypto/sha256.h"
#include "files/safeopen.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kd {
namespace {

QString generatorName()
{
    return QStringLiteral("Kiezen & Delen Studio");
}

// The SHA-256 of a file, read in pieces; null when it cannot be read.
QString sha256OfFile(QFile &file)
{
    Sha256 hash;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    qint64 read = 0;
    while ((read = file.read(chunk.data(), chunk.size())) > 0)
        hash.addData(QByteArrayView(chunk.constData(), read));
    return read < 0 ? QString() : hash.hexResult();
}

} // namespace

QString PackageManifest::contentHash(const QList<std::pair<QString, QString>> &pathsAndHashes)
{
    Sha256 hash;
    for (const auto &[path, sha] : pathsAndHashes)
        hash.addData((sha + QStringLiteral("  ") + path + u'\n').toUtf8());
    return hash.hexResult();
}

QByteArray PackageManifest::build(QList<Entry> files, const EntityCounts &counts, bool draft,
                                  bool includesReviewNotes)
{
    std::sort(files.begin(), files.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
    QJsonArray list;
    QList<std::pair<QString, QString>> hashes;
    for (const Entry &file : std::as_const(files)) {
        hashes.append({file.path, file.sha256});
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("sha256"), file.sha256},
                                {QStringLiteral("size"), file.size}});
    }
    const QJsonObject manifest{
        {QStringLiteral("formatVersion"), PackageMapping::FormatVersion},
        {QStringLiteral("generator"), generatorName()},
        {QStringLiteral("generatorVersion"), QStringLiteral(KD_VERSION)},
        {QStringLiteral("draft"), draft},
        {QStringLiteral("includesReviewNotes"), includesReviewNotes},
        {QStringLiteral("contentHash"), contentHash(hashes)},
        {QStringLiteral("counts"), ProjectSummary::countsToJson(counts)},
        {QStringLiteral("files"), list},
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

namespace {

// Reads manifest.json of directory, without following a link, as a JSON object; empty when it
// is missing, unreadable, too large or not JSON.
QJsonObject readManifestObject(const QString &directory)
{
    QString problem;
    const FileHandle dir = SafeOpen::directory(directory, &problem);
    if (!dir.isValid())
        return {};
    const FileHandle file = SafeOpen::regularFile(dir, QStringLiteral("manifest.json"),
                                                  PackageManifest::MaxSize, nullptr, &problem);
    QByteArray data;
    if (!file.isValid() || !SafeOpen::readAll(file, PackageManifest::MaxSize, &data, &problem))
        return {};
    return QJsonDocument::fromJson(data).object();
}

} // namespace

bool PackageManifest::isReplaceable(const QString &directory, QString *problem)
{
    const QJsonObject manifest = readManifestObject(directory);
    if (manifest.value(QLatin1String("generator")).toString() != generatorName()
        || !manifest.value(QLatin1String("formatVersion")).isDouble()) {
        *problem = QCoreApplication::translate(
            "kd::PackageManifest",
            "exists and is not a Kiezen & Delen package; refusing to replace it");
        return false;
    }
    // What may be there: the manifest, each listed file (with its size) and the folders on
    // their way.
    QHash<QString, qint64> expected{{QStringLiteral("manifest.json"), -2}};
    for (const QJsonValue entry : manifest.value(QLatin1String("files")).toArray()) {
        QString path = entry[QLatin1String("path")].toString();
        expected.insert(path, entry[QLatin1String("size")].toInteger(-3));
        while (path.contains(u'/')) {
            path = path.section(u'/', 0, -2);
            expected.insert(path, -1);
        }
    }
    const QDir root(directory);
    QDirIterator it(directory, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = root.relativeFilePath(info.filePath());
        const auto found = expected.constFind(relative);
        bool fits = found != expected.cend() && !info.isSymLink();
        if (fits && found.value() == -1)
            fits = info.isDir();
        else if (fits && found.value() == -2)
            fits = info.isFile();
        else if (fits)
            fits = info.isFile() && info.size() == found.value();
        if (!fits) {
            *problem = QCoreApplication::translate(
                           "kd::PackageManifest",
                           "exists and holds '%1', which is not part of the package its manifest "
                           "describes; refusing to replace it")
                           .arg(relative);
            return false;
        }
    }
    return true;
}

bool PackageManifest::verify(const QString &directory, PackageError *error)
{
    const QString path = QDir(directory).filePath(QStringLiteral("manifest.json"));
    QFile file(path);
    if (file.size() > MaxSize) {
        *error = PackageError::content(
            path, QCoreApplication::translate("kd::PackageManifest", "the manifest is too large"));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PackageError::io(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject manifest = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = PackageError::content(
            path, QCoreApplication::translate("kd::PackageManifest", "not a valid manifest"));
        return false;
    }
    const int version = manifest.value(QLatin1String("formatVersion")).toInt(-1);
    if (version != PackageMapping::FormatVersion) {
        *error = PackageError::content(
            path, QCoreApplication::translate(
                      "kd::PackageManifest", "format version %1 is not one this program reads (%2)")
                      .arg(version)
                      .arg(PackageMapping::FormatVersion));
        return false;
    }
    QList<std::pair<QString, QString>> hashes;
    for (const QJsonValue entry : manifest.value(QLatin1String("files")).toArray()) {
        const QString name = entry[QLatin1String("path")].toString();
        const QString sha = entry[QLatin1String("sha256")].toString();
        if (name != QLatin1String("package.xml") && name != QLatin1String("package.json")
            && !AssetNames::isSafePath(name)) {
            *error = PackageError::content(
                path, QCoreApplication::translate("kd::PackageManifest",
                                                  "lists the unsafe file name '%1'")
                          .arg(name));
            return false;
        }
        const QString filePath = QDir(directory).filePath(name);
        QFile listed(filePath);
        if (QFileInfo(filePath).isSymLink() || listed.size() > PackageMapping::MaxFileBytes
            || !listed.open(QIODevice::ReadOnly)) {
            *error = PackageError::content(
                filePath,
                QCoreApplication::translate("kd::PackageManifest",
                                            "listed in the manifest but missing or unreadable"));
            return false;
        }
        if (sha256OfFile(listed) != sha) {
            *error = PackageError::content(
                filePath, QCoreApplication::translate(
                              "kd::PackageManifest", "does not match its SHA-256 in the manifest"));
            return false;
        }
        hashes.append({name, sha});
    }
    // A content file the manifest does not vouch for is as suspect as one that fails its hash.
    for (const QString &name : {QStringLiteral("package.xml"), QStringLiteral("package.json")}) {
        const bool listed = std::any_of(hashes.cbegin(), hashes.cend(),
                                        [&](const auto &entry) { return entry.first == name; });
        if (!listed && QFileInfo::exists(QDir(directory).filePath(name))) {
            *error = PackageError::content(
                QDir(directory).filePath(name),
                QCoreApplication::translate("kd::PackageManifest", "not listed in manifest.json"));
            return false;
        }
    }
    if (contentHash(hashes) != manifest.value(QLatin1String("contentHash")).toString()) {
        *error = PackageError::content(
            path,
            QCoreApplication::translate("kd::PackageManifest", "the content hash does not match"));
        return false;
    }
    return true;
}

} // namespace kd
