#pragma once

#include "packageerror.h"
#include "packagesource.h"

#include <libxml/tree.h>

#include <memory>

namespace kd {

// A PackageSource over one element of a package.xml that XmlStreamSource read (so the XSD has
// already checked its structure). Errors carry the element's line.
class XmlPackageSource : public PackageSource
{
public:
    struct State
    {
        QString file;
        PackageError error;
    };

    XmlPackageSource(const xmlNode *node, std::shared_ptr<State> state);

    QString identifier(const char *name) override;
    QString text(const char *name, Presence presence = Presence::Required) override;
    QString formatted(const char *name) override;
    std::optional<int> integer(const char *name, Presence presence = Presence::Required) override;
    QStringList uidList(const char *name) override;
    std::vector<std::unique_ptr<PackageSource>>
    list(const char *name, const char *itemName, Presence presence = Presence::Required) override;
    std::unique_ptr<PackageSource> object(const char *name) override;
    void finish() override {}
    void fail(const char *name, const QString &message) override;
    bool failed() const override { return m_state->error.isError(); }

private:
    const xmlNode *child(const char *name) const;

    const xmlNode *m_node;
    std::shared_ptr<State> m_state;
};

} // namespace kd
