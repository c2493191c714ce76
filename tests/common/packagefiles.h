#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

// Packages made by hand for tests: every package must have a manifest.json, so a test of what a
// reader does with a document writes one that vouches for it.
namespace kd::testing {

// Every file under dir, hidden ones and those in folders (assets/, site/) too, by its path
// inside dir.
inline QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), file.readAll());
    }
    return files;
}

// A manifest.json that vouches for files (path -> bytes) as the program writes one: every package
// must have one, so a test of what a reader does with a document needs it to get that far.
inline QByteArray manifestFor(const QMap<QString, QByteArray> &files)
{
    QJsonArray list;
    QByteArray lines;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray sha
            = QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex();
        lines += sha + "  " + it.key().toUtf8() + '\n';
        list.append(QJsonObject{{QStringLiteral("path"), it.key()},
                                {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                                {QStringLiteral("size"), qint64(it.value().size())}});
    }
    const QJsonObject manifest{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("generator"), QStringLiteral("Kiezen & Delen Studio")},
        {QStringLiteral("generatorVersion"), QStringLiteral("test")},
        {QStringLiteral("draft"), false},
        {QStringLiteral("includesReviewNotes"), false},
        {QStringLiteral("contentHash"),
         QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("counts"), QJsonObject()},
        {QStringLiteral("files"), list},
    };
    return QJsonDocument(manifest).toJson();
}

// Writes files into dir with the manifest that vouches for them; returns dir/firstFile's path.
inline QString writePackage(const QString &dir, const QMap<QString, QByteArray> &files)
{
    QMap<QString, QByteArray> all = files;
    all.insert(QStringLiteral("manifest.json"), manifestFor(files));
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QDir().mkpath(QFileInfo(dir + u'/' + it.key()).absolutePath());
        QFile file(dir + u'/' + it.key());
        if (file.open(QIODevice::WriteOnly))
            file.write(it.value());
    }
    return dir + u'/' + files.firstKey();
}

} // namespace kd::testing
