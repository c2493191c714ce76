#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

// Where PackageMapping::write sends a project, member by member, so that one traversal of the
// model serves both formats. Names are the XML element names and the JSON property names alike;
// inside a list the XML writer uses an object's name as its element name and JSON ignores it.
// A null QString is "no value": XML leaves the element out, JSON writes null.
class PackageSink
{
public:
    virtual ~PackageSink() = default;

    virtual void beginPackage(int formatVersion) = 0;
    virtual void endPackage() = 0;
    virtual void beginObject(const char *name) = 0;
    virtual void endObject() = 0;
    virtual void beginList(const char *name) = 0;
    virtual void endList() = 0;

    // uid and key: an attribute in XML, a string in JSON. Never null.
    virtual void identifier(const char *name, const QString &value) = 0;
    virtual void text(const char *name, const QString &value) = 0;
    // A Markdown field with its rendered HTML; a null markdown is "no value".
    virtual void formatted(const char *name, const QString &markdown, const QString &html) = 0;
    virtual void integer(const char *name, std::optional<int> value) = 0;
    virtual void uidList(const char *name, const QStringList &uids) = 0;
};

} // namespace kd
