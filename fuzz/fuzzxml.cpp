// kd-fuzz-xml: package.xml bytes through the XML package reader as PackageReader reads a
// package's document: XmlStreamSource (libxml2's push parser with the XSD plugged in, items
// copied one at a time) under the package mapping. The bytes are fed in pieces of varying size,
// so that chunk boundaries are fuzzed too. The manifest is left out: it would stop every input
// at its hash.
#include "fuzzsupport.h"

#include "package/packagemapping.h"
#include "package/xmlstreamsource.h"

#include <cstring>

namespace {

// The one call into the program: adapt this when the XML reader changes.
void readXmlPackage(const QByteArray &data)
{
    qsizetype offset = 0;
    // Piece sizes from the data's own first byte: 1 to 256 bytes, then what is left.
    const qsizetype piece = data.isEmpty() ? 1 : 1 + static_cast<unsigned char>(data.at(0));
    kd::XmlStreamSource source(QStringLiteral("package.xml"), [&](char *buffer, qint64 max) {
        const qint64 take = qMin<qint64>(qMin<qint64>(max, piece), data.size() - offset);
        std::memcpy(buffer, data.constData() + offset, size_t(take));
        offset += take;
        return take;
    });
    kd::Project project;
    QList<kd::PackageMapping::AssetFile> assets;
    if (source.start())
        kd::PackageMapping::read(source, &project, &assets);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kd::fuzz::ensureApplication();
    readXmlPackage(kd::fuzz::bytesOf(data, size));
    return 0;
}
