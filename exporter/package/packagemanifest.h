#pragma once

#include "packageerror.h"

#include "files/safeopen.h"
#include "model/entitycounts.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace kd {

class ReviewerKey;
struct PublicKey;

// manifest.json: what a package holds and how to check it (schema/FORMAT.md, "manifest.json").
// The content hash is the SHA-256 of the lines "<sha256>  <path>\n" of every file in path
// order, the format `sha256sum` prints, so that it can be checked with standard tools.
class PackageManifest
{
public:
    struct Entry
    {
        QString path;   // inside the package
        QString sha256; // lower-case hex
        qint64 size = 0;
    };

    static constexpr qint64 MaxSize = 16 * 1024 * 1024;
    // The publisher's signature of manifest.json's bytes, when the package is signed
    // (schema/FORMAT.md, "manifest.sig"). Not listed in the manifest: it signs the manifest.
    static constexpr char SignatureFile[] = "manifest.sig";
    // What changed since an earlier package (`kdtool export --since`), when the package has it.
    static constexpr char ChangesFile[] = "changes.json";
    static constexpr qint64 MaxSignatureSize = 4096;

    // The manifest for files (any order; the manifest lists them sorted by path).
    static QByteArray build(QList<Entry> files, const EntityCounts &counts, bool draft,
                            bool includesReviewNotes);
    static QString contentHash(const QList<std::pair<QString, QString>> &pathsAndHashes);

    // manifest.sig for manifestBytes signed with key.
    static QByteArray sign(const QByteArray &manifestBytes, const ReviewerKey &key);
    // Whether signatureFile is a signature of manifestBytes by key. False with *problem (the
    // file is malformed, names another key, or does not verify).
    static bool verifySignature(const QByteArray &manifestBytes, const QByteArray &signatureFile,
                                const PublicKey &key, QString *problem);

    // Whether an export may replace directory: a package this program wrote (any format
    // version) that holds nothing but manifest.json and the files it lists, each a regular file
    // of the listed size. Otherwise false, with *problem naming what is in the way.
    static bool isReplaceable(const QString &directory, QString *problem);
    // The contentHash the manifest of the package in directory records; empty when it has none
    // that reads. Only a label: PackageReader checks a package.
    static QString recordedContentHash(const QString &directory);

    // A manifest read from a package, checked for form: a format version this program reads,
    // safe file names, hashes and sizes of the right form, and a content hash that matches the
    // list. Whether the files match it is for the reader to check as it reads them.
    struct Parsed
    {
        QHash<QString, Entry> files; // by path
        bool draft = false;
        QByteArray bytes; // manifest.json as read, for checking its signature
    };
    // Reads manifest.json from dir (opened with SafeOpen; dirPath names it in messages). A
    // package without one is refused: nothing could vouch for its files.
    static bool read(const FileHandle &dir, const QString &dirPath, Parsed *manifest,
                     PackageError *error);
};

} // namespace kd
