#include "xmlpackagesource.h"

#include <QCoreApplication>

namespace kd {
namespace {

const xmlChar *xml(const char *name)
{
    return reinterpret_cast<const xmlChar *>(name);
}

// The text of an element, never null: a present but empty element is an empty value.
QString content(const xmlNode *node)
{
    xmlChar *value = xmlNodeGetContent(node);
    QString text = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text.isNull() ? QStringLiteral("") : text;
}

QList<const xmlNode *> elements(const xmlNode *parent, const char *name)
{
    QList<const xmlNode *> result;
    for (const xmlNode *n = parent ? parent->children : nullptr; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, xml(name)))
            result.append(n);
    }
    return result;
}

// XmlStreamSource keeps an element's line in _private (xmlNode::line stops at 65535).
int lineOf(const xmlNode *node)
{
    if (node->_private)
        return int(reinterpret_cast<quintptr>(node->_private));
    return int(xmlGetLineNo(node));
}

} // namespace

XmlPackageSource::XmlPackageSource(const xmlNode *node, std::shared_ptr<State> state)
    : m_node(node)
    , m_state(std::move(state))
{}

const xmlNode *XmlPackageSource::child(const char *name) const
{
    for (const xmlNode *n = m_node->children; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, xml(name)))
            return n;
    }
    return nullptr;
}

QString XmlPackageSource::identifier(const char *name)
{
    if (failed())
        return {};
    xmlChar *value = xmlGetNoNsProp(m_node, xml(name));
    if (!value) {
        fail(name, QCoreApplication::translate("kd::XmlPackageSource", "the attribute is missing"));
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return text.isNull() ? QStringLiteral("") : text;
}

QString XmlPackageSource::text(const char *name, Presence)
{
    if (failed())
        return {};
    const xmlNode *node = child(name);
    return node ? content(node) : QString();
}

QString XmlPackageSource::formatted(const char *name)
{
    if (failed())
        return {};
    const xmlNode *node = child(name);
    if (!node)
        return {};
    const QList<const xmlNode *> markdown = elements(node, "markdown");
    return markdown.isEmpty() ? QStringLiteral("") : content(markdown.constFirst());
}

std::optional<int> XmlPackageSource::integer(const char *name, Presence)
{
    if (failed())
        return std::nullopt;
    const xmlNode *node = child(name);
    if (!node)
        return std::nullopt;
    bool ok = false;
    const int value = content(node).trimmed().toInt(&ok);
    if (!ok) {
        fail(name, QCoreApplication::translate("kd::XmlPackageSource", "not a whole number"));
        return std::nullopt;
    }
    return value;
}

QStringList XmlPackageSource::uidList(const char *name)
{
    QStringList uids;
    if (failed())
        return uids;
    for (const xmlNode *node : elements(child(name), "uid"))
        uids.append(content(node));
    return uids;
}

std::vector<std::unique_ptr<PackageSource>> XmlPackageSource::list(const char *name,
                                                                   const char *itemName, Presence)
{
    std::vector<std::unique_ptr<PackageSource>> items;
    if (failed())
        return items;
    for (const xmlNode *node : elements(child(name), itemName))
        items.push_back(std::make_unique<XmlPackageSource>(node, m_state));
    return items;
}

std::unique_ptr<PackageSource> XmlPackageSource::object(const char *name)
{
    const xmlNode *node = child(name);
    if (!node) {
        fail(name, QCoreApplication::translate("kd::XmlPackageSource", "the element is missing"));
        return nullptr;
    }
    return std::make_unique<XmlPackageSource>(node, m_state);
}

void XmlPackageSource::fail(const char *name, const QString &message)
{
    if (failed())
        return;
    const xmlNode *node = child(name);
    const int line = lineOf(node ? node : m_node);
    m_state->error = PackageError::content(
        m_state->file,
        QStringLiteral("<%1> %2: %3")
            .arg(QString::fromUtf8(reinterpret_cast<const char *>(m_node->name)),
                 QLatin1String(name), message),
        line);
}

} // namespace kd
