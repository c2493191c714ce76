// kd-fuzz-xml: package.xml bytes through the XML package reader, as readXml() in
// exporter/package/packagereader.cpp reads them: the hardened parser with the XSD, then the
// package mapping over the document.
#include "fuzzsupport.h"

#include "package/packageerror.h"
#include "package/packagemapping.h"
#include "package/xmlpackageparser.h"
#include "package/xmlpackagesource.h"

#include <memory>

namespace {

// The one call into the program: adapt this when the XML reader changes.
void readXmlPackage(const QByteArray &data)
{
    const QString file = QStringLiteral("package.xml");
    kd::PackageError error;
    const kd::XmlPackageParser::Document doc = kd::XmlPackageParser::parse(data, file, &error);
    if (!doc)
        return;
    auto state = std::make_shared<kd::XmlPackageSource::State>();
    state->file = file;
    kd::XmlPackageSource root(xmlDocGetRootElement(doc.get()), state);
    kd::Project project;
    QList<kd::PackageMapping::AssetFile> assets;
    kd::PackageMapping::read(root, &project, &assets);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kd::fuzz::ensureApplication();
    readXmlPackage(kd::fuzz::bytesOf(data, size));
    return 0;
}
