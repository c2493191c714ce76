// kd-fuzz-json: package.json bytes through the JSON package reader, as readJson() in
// exporter/package/packagereader.cpp reads them: Qt's parser, the strict JSON source under the
// package mapping, and the locator that turns an error's JSON pointer into a position.
#include "fuzzsupport.h"

#include "package/jsonlocator.h"
#include "package/jsonpackagesource.h"
#include "package/packagemapping.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace {

// The one call into the program: adapt this when the JSON reader changes.
void readJsonPackage(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    auto state = std::make_shared<kd::JsonPackageSource::State>();
    state->file = QStringLiteral("package.json");
    kd::JsonPackageSource root(document.object(), QString(), state);
    const std::optional<int> version = root.integer("formatVersion");
    if (!root.failed() && version != kd::PackageMapping::FormatVersion)
        root.fail("formatVersion", QStringLiteral("not a format version this program reads"));
    kd::Project project;
    QList<kd::PackageMapping::AssetFile> assets;
    if (root.failed() || !kd::PackageMapping::read(root, &project, &assets))
        kd::JsonLocator::offsetOf(data, state->path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kd::fuzz::ensureApplication();
    readJsonPackage(kd::fuzz::bytesOf(data, size));
    return 0;
}
