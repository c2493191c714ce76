// kd-sample-manifest: turns a sample's package source (samples/NAME: package.xml and assets/, as
// `kdtool export` writes them, kept without a manifest so that they can be edited by hand) into
// a package at OUT_DIR with the manifest.json every package must have, for `kdtool import`.
// The source is the project's own and trusted; its package.xml is still read through the XSD.

#include "package/assetnames.h"
#include "package/packagemanifest.h"
#include "package/packagemapping.h"
#include "package/xmlstreamsource.h"

#include "crypto/sha256.h"
#include "model/entitycounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

using namespace kd;

namespace {

bool fail(const QString &message)
{
    QTextStream(stderr) << "kd-sample-manifest: " << message << Qt::endl;
    return false;
}

bool copyFile(const QString &from, const QString &to, QList<PackageManifest::Entry> *entries,
              const QString &path)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return fail(from + QStringLiteral(": ") + source.errorString());
    const QByteArray bytes = source.readAll();
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size())
        return fail(to + QStringLiteral(": ") + target.errorString());
    entries->append({path, Sha256::hex(bytes), bytes.size()});
    return true;
}

bool run(const QString &sourceDir, const QString &outDir)
{
    QDir(outDir).removeRecursively();
    if (!QDir().mkpath(outDir + QStringLiteral("/assets")))
        return fail(outDir + QStringLiteral(": cannot create it"));
    QList<PackageManifest::Entry> entries;
    if (!copyFile(sourceDir + QStringLiteral("/package.xml"),
                  outDir + QStringLiteral("/package.xml"), &entries, QStringLiteral("package.xml")))
        return false;
    for (QDirIterator it(sourceDir + QStringLiteral("/assets"), QDir::Files); it.hasNext();) {
        it.next();
        const QString path = QStringLiteral("assets/") + it.fileName();
        if (!copyFile(it.filePath(), outDir + u'/' + path, &entries, path))
            return false;
    }
    QFile xml(sourceDir + QStringLiteral("/package.xml"));
    if (!xml.open(QIODevice::ReadOnly))
        return fail(xml.fileName() + QStringLiteral(": ") + xml.errorString());
    XmlStreamSource source(xml.fileName(),
                           [&xml](char *buffer, qint64 max) { return xml.read(buffer, max); });
    Project project;
    QList<PackageMapping::AssetFile> assets;
    if (!source.start() || !PackageMapping::read(source, &project, &assets))
        return fail(source.error().where() + QStringLiteral(": ") + source.error().message);
    const bool notes = !project.changeLog.isEmpty()
                       || std::any_of(project.reviews.cbegin(), project.reviews.cend(),
                                      [](const Review &r) { return !r.reviewer.isNull(); });
    QFile manifest(outDir + QStringLiteral("/manifest.json"));
    if (!manifest.open(QIODevice::WriteOnly)
        || manifest.write(PackageManifest::build(entries, EntityCounts::of(project), false, notes))
               < 0)
        return fail(manifest.fileName() + QStringLiteral(": ") + manifest.errorString());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 2) {
        fail(QStringLiteral("usage: kd-sample-manifest SOURCE_DIR OUT_DIR"));
        return 2;
    }
    return run(args.at(0), args.at(1)) ? 0 : 1;
}
