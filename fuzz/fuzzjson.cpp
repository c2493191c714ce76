// kd-fuzz-json: package.json bytes through the JSON package reader as PackageReader reads a
// package's document: JsonStreamSource (the strict streaming JsonStreamReader, each item checked
// by a JsonPackageSource) under the package mapping, and the locator that turns an error's JSON
// pointer into a position. The bytes are fed in pieces of varying size. The manifest is left
// out: it would stop every input at its hash.
#include "fuzzsupport.h"

#include "package/jsonstreamsource.h"
#include "package/packagemapping.h"

#include <cstring>

namespace {

// The one call into the program: adapt this when the JSON reader changes.
void readJsonPackage(const QByteArray &data)
{
    qsizetype offset = 0;
    const qsizetype piece = data.isEmpty() ? 1 : 1 + static_cast<unsigned char>(data.at(0));
    kd::JsonStreamSource source(
        QStringLiteral("package.json"),
        [&](char *buffer, qint64 max) {
            const qint64 take = qMin<qint64>(qMin<qint64>(max, piece), data.size() - offset);
            std::memcpy(buffer, data.constData() + offset, size_t(take));
            offset += take;
            return take;
        },
        [&](qint64 from, qint64 to) { return data.mid(from, to - from); },
        kd::PackageMapping::MaxFileBytes);
    if (!source.start())
        return;
    const std::optional<int> version = source.integer("formatVersion");
    if (!source.failed() && version != kd::PackageMapping::FormatVersion)
        source.fail("formatVersion", QStringLiteral("not a format version this program reads"));
    kd::Project project;
    QList<kd::PackageMapping::AssetFile> assets;
    if (source.failed() || !kd::PackageMapping::read(source, &project, &assets))
        source.error(); // locates the error in the text read again
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kd::fuzz::ensureApplication();
    readJsonPackage(kd::fuzz::bytesOf(data, size));
    return 0;
}
