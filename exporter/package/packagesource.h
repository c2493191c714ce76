#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kd {

// One object of a package being read (the package itself, a scenario, an option), seen the same
// way whether it came from XML or JSON, so that PackageMapping::read is written once. A member
// that is absent (XML) or null (JSON) reads as a null QString or an empty optional; an empty
// one reads as an empty, non-null QString.
//
// Members marked Optional may be missing from a JSON object; every other member must be
// present (null where allowed). A wrong type, a missing member or a member nobody asked for
// (reported by finish()) is a content error, reported once, through fail(); after the first
// error every accessor returns empty values and failed() stays true.
class PackageSource
{
public:
    enum class Presence { Required, Optional };

    virtual ~PackageSource() = default;

    virtual QString identifier(const char *name) = 0;
    virtual QString text(const char *name, Presence presence = Presence::Required) = 0;
    // The Markdown source of a formatted member; its HTML is not read (export renders it again).
    virtual QString formatted(const char *name) = 0;
    virtual std::optional<int> integer(const char *name, Presence presence = Presence::Required)
        = 0;
    virtual QStringList uidList(const char *name) = 0;
    virtual std::vector<std::unique_ptr<PackageSource>> list(const char *name, const char *itemName,
                                                             Presence presence = Presence::Required)
        = 0;
    virtual std::unique_ptr<PackageSource> object(const char *name) = 0;
    // Hands the items of a list to visit one at a time, in order, until visit returns false: a
    // source that streams (XmlStreamSource, JsonStreamSource) holds one item at a time, never
    // the list. The default goes through list().
    using Visit = std::function<bool(PackageSource &item)>;
    virtual void forEach(const char *name, const char *itemName, const Visit &visit,
                         Presence presence = Presence::Required)
    {
        for (const auto &item : list(name, itemName, presence)) {
            if (!visit(*item))
                return;
        }
    }
    // Checks that the object holds nothing that was not read.
    virtual void finish() = 0;

    // Reports a content problem with the member name of this object.
    virtual void fail(const char *name, const QString &message) = 0;
    virtual bool failed() const = 0;
};

} // namespace kd
