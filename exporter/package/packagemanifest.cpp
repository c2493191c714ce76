#include "packagemanifest.h"

#include "site/sitewriter.h"

#include "assetnames.h"
#include "jsonstreamreader.h"
#include "packagemapping.h"
#include "projectsummary.h"

#include "crypto/reviewerkey.h"
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
#include <QRegularExpression>

#include <algorithm>

namespace kd {
namespace {

QString generatorName()
{
    return QStringLiteral("Kiezen & Delen Studio");
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

// manifest.sig: {"format": "kd-manifest-signature/1", "algorithm": "ed25519",
// "fingerprint": hex, "publicKey": base64, "signature": base64 of the signature of manifest.json}.
QByteArray PackageManifest::sign(const QByteArray &manifestBytes, const ReviewerKey &key)
{
    const QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("kd-manifest-signature/1")},
        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
        {QStringLiteral("fingerprint"), key.fingerprint()},
        {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(key.sign(manifestBytes).toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool PackageManifest::verifySignature(const QByteArray &manifestBytes,
                                      const QByteArray &signatureFile, const PublicKey &key,
                                      QString *problem)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("kd::PackageManifest", text);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(signatureFile, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || object.value(QLatin1String("format")).toString()
               != QLatin1String("kd-manifest-signature/1")
        || object.value(QLatin1String("algorithm")).toString() != QLatin1String("ed25519")) {
        *problem = tr("manifest.sig is not a manifest signature this program reads");
        return false;
    }
    const QString fingerprint = object.value(QLatin1String("fingerprint")).toString();
    if (fingerprint != key.fingerprint()) {
        *problem = tr("the package is signed with key %1, not with the key %2 given")
                       .arg(shortFingerprint(fingerprint), shortFingerprint(key.fingerprint()));
        return false;
    }
    const auto signature = QByteArray::fromBase64Encoding(
        object.value(QLatin1String("signature")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !Ed25519::verify(key.key, manifestBytes, *signature)) {
        *problem = tr("the signature of manifest.json does not verify: the manifest was changed "
                      "after it was signed");
        return false;
    }
    return true;
}

QString PackageManifest::recordedContentHash(const QString &directory)
{
    return readManifestObject(directory).value(QLatin1String("contentHash")).toString();
}

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
    QHash<QString, qint64> expected{{QStringLiteral("manifest.json"), -2},
                                    {QLatin1String(SignatureFile), -2}};
    for (const QJsonValue entry : manifest.value(QLatin1String("files")).toArray()) {
        QString path = entry[QLatin1String("path")].toString();
        expected.insert(path, entry[QLatin1String("size")].toInteger(-3));
        while (path.contains(u'/')) {
            path = path.section(u'/', 0, -2);
            expected.insert(path, -1);
        }
    }
    const QDir root(directory);
    QDirIterator it(directory,
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
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

bool PackageManifest::read(const FileHandle &dir, const QString &dirPath, Parsed *manifest,
                           PackageError *error)
{
    const QString path = QDir(dirPath).filePath(QStringLiteral("manifest.json"));
    QString problem;
    if (!SafeOpen::exists(dir, QStringLiteral("manifest.json"))) {
        *error = PackageError::content(
            path, QCoreApplication::translate("kd::PackageManifest",
                                              "is missing; a package without its manifest cannot "
                                              "be checked and is not read"));
        return false;
    }
    const FileHandle file
        = SafeOpen::regularFile(dir, QStringLiteral("manifest.json"), MaxSize, nullptr, &problem);
    QByteArray data;
    if (!file.isValid() || !SafeOpen::readAll(file, MaxSize, &data, &problem)) {
        *error = PackageError::content(path, problem);
        return false;
    }
    JsonStreamReader reader(data);
    QJsonValue value;
    if (reader.next() == JsonStreamReader::Token::Error || !reader.readValue(&value)
        || reader.next() != JsonStreamReader::Token::EndDocument) {
        *error = PackageError::content(path, reader.errorString(), reader.line(), reader.column());
        return false;
    }
    const QJsonObject object = value.toObject();
    const auto invalid = [&](const QString &what) {
        *error = PackageError::content(
            path, QCoreApplication::translate("kd::PackageManifest", "not a valid manifest: %1")
                      .arg(what));
        return false;
    };
    if (!value.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    const QJsonValue versionValue = object.value(QLatin1String("formatVersion"));
    const int version = versionValue.isDouble() ? versionValue.toInt(-1) : -1;
    if (version != PackageMapping::FormatVersion) {
        *error = PackageError::content(
            path, QCoreApplication::translate(
                      "kd::PackageManifest", "format version %1 is not one this program reads (%2)")
                      .arg(version)
                      .arg(PackageMapping::FormatVersion));
        return false;
    }
    if (!object.value(QLatin1String("files")).isArray())
        return invalid(QStringLiteral("files"));
    manifest->files.clear();
    manifest->draft = object.value(QLatin1String("draft")).toBool();
    manifest->bytes = data;
    QList<std::pair<QString, QString>> hashes;
    static const QRegularExpression hexHash(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue entry : object.value(QLatin1String("files")).toArray()) {
        const QString name = entry[QLatin1String("path")].toString();
        const QString sha = entry[QLatin1String("sha256")].toString();
        const QJsonValue size = entry[QLatin1String("size")];
        if (name != QLatin1String("package.xml") && name != QLatin1String("package.json")
            && name != QLatin1String(ChangesFile) && !AssetNames::isSafePath(name)
            && !SiteWriter::isSitePath(name)) {
            *error = PackageError::content(
                path, QCoreApplication::translate("kd::PackageManifest",
                                                  "lists the unsafe file name '%1'")
                          .arg(name));
            return false;
        }
        if (!hexHash.match(sha).hasMatch() || !size.isDouble() || size.toDouble() < 0
            || size.toDouble() > double(PackageMapping::MaxFileBytes)
            || manifest->files.contains(name))
            return invalid(name);
        manifest->files.insert(name, {name, sha, qint64(size.toDouble())});
        hashes.append({name, sha});
    }
    std::sort(hashes.begin(), hashes.end());
    if (contentHash(hashes) != object.value(QLatin1String("contentHash")).toString()) {
        *error = PackageError::content(
            path,
            QCoreApplication::translate("kd::PackageManifest", "the content hash does not match"));
        return false;
    }
    return true;
}

} // namespace kd
