// kd-fuzz-projectfile: any bytes as a project file (.kdproj), opened read-only and loaded, then a
// copy opened read-write (which may migrate it, making a backup) and loaded. Damaged, foreign
// and hostile files must give an error, never a crash, a hang or a blow-up in memory; and
// opening read-only must leave the file as it was, byte for byte.
#include "fuzzsupport.h"

#include "storage/projectstore.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The one call into the program.
void openProjectFile(const QString &readOnlyPath, const QString &readWritePath)
{
    kd::StoreError error;
    if (auto store
        = kd::ProjectStore::open(readOnlyPath, kd::ProjectStore::OpenMode::ReadOnly, &error)) {
        kd::Project project;
        store->load(&project);
    }
    if (auto store
        = kd::ProjectStore::open(readWritePath, kd::ProjectStore::OpenMode::ReadWrite, &error)) {
        kd::Project project;
        store->load(&project);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kd::fuzz::ensureApplication();
    // A fresh folder each time: no lock file, backup or journal left from the input before.
    QDir dir(kd::fuzz::workDir() + QStringLiteral("/input"));
    dir.removeRecursively();
    if (!dir.mkpath(QStringLiteral(".")))
        abort();
    const QByteArray bytes = kd::fuzz::bytesOf(data, size);
    const QString readOnlyPath = dir.filePath(QStringLiteral("fuzz.kdproj"));
    const QString readWritePath = dir.filePath(QStringLiteral("copy.kdproj"));
    if (!writeFile(readOnlyPath, bytes) || !writeFile(readWritePath, bytes))
        abort();
    openProjectFile(readOnlyPath, readWritePath);
    QFile readOnly(readOnlyPath);
    if (!readOnly.open(QIODevice::ReadOnly) || readOnly.readAll() != bytes) {
        fprintf(stderr, "opening read-only changed the file\n");
        abort();
    }
    return 0;
}
