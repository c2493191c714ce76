#include "packagereader.h"

#include "jsonlocator.h"
#include "jsonpackagesource.h"
#include "packagemanifest.h"
#include "packagemapping.h"
#include "xmlpackageparser.h"
#include "xmlpackagesource.h"

#include "crypto/sha256.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace kd {
namespace {

// A file a package may hold: present, not a symbolic link, not over the cap.
bool checkFile(const QString &path, PackageError *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = PackageError::io(path,
                                  QCoreApplication::translate("kd::PackageReader", "no such file"));
        return false;
    }
    if (info.isSymLink()) {
        *error = PackageError::content(
            path, QCoreApplication::translate("kd::PackageReader",
                                              "a symbolic link is not allowed in a package"));
        return false;
    }
    if (info.size() > PackageReader::MaxFileSize) {
        *error = PackageError::content(
            path, QCoreApplication::translate("kd::PackageReader", "the file is larger than %1 MiB")
                      .arg(PackageReader::MaxFileSize / (1024 * 1024)));
        return false;
    }
    return true;
}

bool readCapped(const QString &path, QByteArray *data, PackageError *error)
{
    if (!checkFile(path, error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PackageError::io(
            path, QCoreApplication::translate("kd::PackageReader", "cannot read: %1")
                      .arg(file.errorString()));
        return false;
    }
    *data = file.read(PackageReader::MaxFileSize + 1);
    if (data->size() > PackageReader::MaxFileSize) {
        *error = PackageError::content(
            path, QCoreApplication::translate("kd::PackageReader", "the file is too large"));
        return false;
    }
    return true;
}

// QJsonParseError gives a byte offset; people want a line and a column (in characters).
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// A .xml file is parsed straight from the disk; anything else from the bytes read.
bool readXml(const QByteArray &data, const QString &file, Project *project,
             QList<PackageMapping::AssetFile> *assets, PackageError *error)
{
    const XmlPackageParser::Document doc = data.isNull()
                                               ? XmlPackageParser::parseFile(file, error)
                                               : XmlPackageParser::parse(data, file, error);
    if (!doc)
        return false;
    auto state = std::make_shared<XmlPackageSource::State>();
    state->file = file;
    XmlPackageSource root(xmlDocGetRootElement(doc.get()), state);
    if (!PackageMapping::read(root, project, assets)) {
        *error = state->error;
        return false;
    }
    return true;
}

bool readJson(const QByteArray &data, const QString &file, Project *project,
              QList<PackageMapping::AssetFile> *assets, PackageError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset points just past the character it stumbled on.
        const auto [line, column] = lineAndColumn(data, parseError.offset - 1);
        *error = PackageError::content(file, parseError.errorString(), line, column);
        return false;
    }
    if (!document.isObject()) {
        *error = PackageError::content(
            file,
            QCoreApplication::translate("kd::PackageReader", "the document is not a JSON object"),
            1, 1);
        return false;
    }
    auto state = std::make_shared<JsonPackageSource::State>();
    state->file = file;
    JsonPackageSource root(document.object(), QString(), state);
    const std::optional<int> version = root.integer("formatVersion");
    if (!root.failed() && version != PackageMapping::FormatVersion) {
        root.fail(
            "formatVersion",
            version
                ? QCoreApplication::translate(
                      "kd::PackageReader", "format version %1 is not one this program reads (%2)")
                      .arg(*version)
                      .arg(PackageMapping::FormatVersion)
                : QCoreApplication::translate("kd::PackageReader", "a format version is required"));
    }
    if (root.failed() || !PackageMapping::read(root, project, assets)) {
        *error = state->error;
        const auto [line, column] = lineAndColumn(data, JsonLocator::offsetOf(data, state->path));
        error->line = line;
        error->column = column;
        return false;
    }
    return true;
}

} // namespace

bool PackageReader::read(const QString &path, Project *project, PackageError *error)
{
    const QFileInfo info(path);
    QString file = path;
    if (info.isDir()) {
        const QDir dir(path);
        if (dir.exists(QStringLiteral("manifest.json"))
            && !PackageManifest::verify(dir.path(), error))
            return false;
        if (dir.exists(QStringLiteral("package.xml")))
            file = dir.filePath(QStringLiteral("package.xml"));
        else if (dir.exists(QStringLiteral("package.json")))
            file = dir.filePath(QStringLiteral("package.json"));
        else {
            *error = PackageError::io(
                path, QCoreApplication::translate("kd::PackageReader",
                                                  "not a package: no package.xml or package.json"));
            return false;
        }
    } else if (!info.exists()) {
        *error = PackageError::io(
            path, QCoreApplication::translate("kd::PackageReader", "no such file or directory"));
        return false;
    }

    // package.xml is read by the parser as it goes; other files are read whole first.
    const bool isXml = file.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive);
    QByteArray data;
    if (isXml ? !checkFile(file, error) : !readCapped(file, &data, error))
        return false;
    bool isJson = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!isJson && !isXml) {
        // No telling suffix: a JSON package starts with '{', anything else is tried as XML.
        isJson = data.trimmed().startsWith('{');
    }
    QList<PackageMapping::AssetFile> assets;
    Project result;
    if (!(isJson ? readJson(data, file, &result, &assets, error)
                 : readXml(data, file, &result, &assets, error)))
        return false;

    const QDir base = QFileInfo(file).dir();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QString assetPath = base.filePath(assets.at(i).path);
        QByteArray bytes;
        if (!readCapped(assetPath, &bytes, error)) {
            error->kind = PackageError::Kind::Content;
            return false;
        }
        const QString sha = Sha256::hex(bytes);
        if (sha != assets.at(i).sha256) {
            *error = PackageError::content(
                assetPath,
                QCoreApplication::translate("kd::PackageReader", "does not match its SHA-256 in %1")
                    .arg(QFileInfo(file).fileName()));
            return false;
        }
        result.assets[i].data = bytes;
    }
    *project = result;
    return true;
}

bool PackageReader::importPackage(const QString &packagePath, const QString &projectPath,
                                  bool overwrite, PackageError *error)
{
    if (QFileInfo::exists(projectPath) && !overwrite) {
        // kdtool's words (its --force option), left untranslated: the editor always overwrites,
        // its file dialog having asked first.
        *error = PackageError::io(projectPath, QStringLiteral("exists; use --force to replace it"));
        return false;
    }
    Project project;
    if (!read(packagePath, &project, error))
        return false;
    StoreError storeError;
    if (!ProjectStore::writeNew(projectPath, project, overwrite, &storeError)) {
        *error = PackageError::io(projectPath, storeError.message);
        return false;
    }
    return true;
}

} // namespace kd
