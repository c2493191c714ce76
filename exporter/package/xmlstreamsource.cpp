#include "xmlstreamsource.h"

#include "packagemapping.h"
#include "xmlpackagesink.h"

#include <QCoreApplication>

#include <cstring>

namespace kd {
namespace {

constexpr qint64 ReadSize = 64 * 1024;

const xmlChar *xml(const char *name)
{
    return reinterpret_cast<const xmlChar *>(name);
}

QString utf8(const xmlChar *text)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text));
}

bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

// A copy of an element as SAX2 reports it, belonging to no document. XmlPackageSource reads the
// line from _private: xmlNode::line stops at 65535.
xmlNode *copyElement(const xmlChar *localName, int attributeCount, const xmlChar **attributes,
                     int line)
{
    xmlNode *node = xmlNewNode(nullptr, localName);
    node->_private = reinterpret_cast<void *>(static_cast<quintptr>(line));
    for (int i = 0; i < attributeCount; ++i) {
        const xmlChar **attribute = attributes + 5 * i;
        const QByteArray value(reinterpret_cast<const char *>(attribute[3]),
                               attribute[4] - attribute[3]);
        xmlNewProp(node, attribute[0], xml(value.constData()));
    }
    return node;
}

} // namespace

XmlStreamSource::XmlStreamSource(const QString &file, ReadFunction read)
    : m_fileName(file)
    , m_read(std::move(read))
    , m_state(std::make_shared<XmlPackageSource::State>())
    , m_parser(file, this)
{
    m_state->file = file;
}

XmlStreamSource::~XmlStreamSource() = default;

void XmlStreamSource::failWith(const PackageError &error)
{
    if (!failed())
        m_state->error = error;
}

void XmlStreamSource::startElement(const xmlChar *localName, const xmlChar *uri, int attributeCount,
                                   const xmlChar **attributes, int line)
{
    const int level = m_depth++;
    if (level == 0) {
        if (!xmlStrEqual(localName, xml("package")) || !uri
            || utf8(uri) != XmlPackageSink::namespaceUri()) {
            m_parser.stop(PackageError::content(
                m_fileName,
                QCoreApplication::translate(
                    "kd::XmlPackageParser",
                    "the root element is <%1>, not <package> in the namespace %2")
                    .arg(utf8(localName), XmlPackageSink::namespaceUri()),
                line));
            return;
        }
        for (int i = 0; i < attributeCount; ++i) {
            const xmlChar **attribute = attributes + 5 * i;
            if (xmlStrEqual(attribute[0], xml("formatVersion")))
                m_formatVersion = QString::fromUtf8(reinterpret_cast<const char *>(attribute[3]),
                                                    attribute[4] - attribute[3]);
        }
        bool ok = false;
        const int version = m_formatVersion.toInt(&ok);
        if (ok && version > PackageMapping::FormatVersion) {
            m_parser.stop(
                PackageError::content(m_fileName,
                                      QCoreApplication::translate(
                                          "kd::XmlPackageParser",
                                          "format version %1 is newer than this program reads (1)")
                                          .arg(version),
                                      line));
            return;
        }
        m_started = true;
        return;
    }
    xmlNode *node = copyElement(localName, attributeCount, attributes, line);
    if (level == 1) {
        m_units.push_back({Unit::Kind::Start, Node(node)});
        return;
    }
    if (level == 2) {
        m_item.reset(node);
    } else {
        // Indentation before the first child is not content: drop what was collected (text
        // beside elements is the XSD's to refuse).
        for (xmlNode *c = m_open->children; c;) {
            xmlNode *next = c->next;
            if (c->type == XML_TEXT_NODE) {
                xmlUnlinkNode(c);
                xmlFreeNode(c);
            }
            c = next;
        }
        xmlAddChild(m_open, node);
    }
    m_open = node;
}

void XmlStreamSource::endElement()
{
    const int level = --m_depth;
    if (level == 0) {
        m_units.push_back({Unit::Kind::RootEnd, nullptr});
    } else if (level == 1) {
        m_units.push_back({Unit::Kind::End, nullptr});
    } else if (level == 2) {
        m_units.push_back({Unit::Kind::Item, std::move(m_item)});
        m_open = nullptr;
    } else {
        m_open = m_open->parent;
    }
}

void XmlStreamSource::text(QByteArrayView text)
{
    if (!m_open)
        return; // between the children of <package> and between items: indentation
    for (const xmlNode *c = m_open->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && isBlank(text))
            return;
    }
    xmlAddChild(m_open,
                xmlNewTextLen(reinterpret_cast<const xmlChar *>(text.data()), int(text.size())));
}

XmlStreamSource::Unit *XmlStreamSource::peek()
{
    while (m_units.empty() && !failed() && !m_inputDone) {
        QByteArray buffer(ReadSize, Qt::Uninitialized);
        const qint64 got = m_read(buffer.data(), ReadSize);
        if (got < 0) {
            failWith(PackageError::io(
                m_fileName, QCoreApplication::translate("kd::XmlStreamSource", "cannot read it")));
        } else if (got == 0) {
            m_inputDone = true;
            if (!m_parser.finish())
                failWith(m_parser.error());
        } else if (!m_parser.feed(QByteArrayView(buffer.constData(), got))) {
            failWith(m_parser.error());
        }
    }
    return failed() || m_units.empty() ? nullptr : &m_units.front();
}

XmlStreamSource::Unit XmlStreamSource::take()
{
    Unit unit = std::move(m_units.front());
    m_units.pop_front();
    return unit;
}

bool XmlStreamSource::start()
{
    // The root element yields no unit: read until it has been seen.
    while (!m_started && !failed() && !m_inputDone) {
        if (peek())
            break;
    }
    if (!m_started && !failed())
        failWith(PackageError::content(
            m_fileName, QCoreApplication::translate("kd::XmlStreamSource",
                                                    "the document has no <package> element")));
    return !failed();
}

XmlStreamSource::Node XmlStreamSource::readChild(const char *name, Presence presence)
{
    m_held.reset();
    const Unit *unit = peek();
    if (!unit || unit->kind != Unit::Kind::Start || !xmlStrEqual(unit->node->name, xml(name))) {
        if (presence == Presence::Required)
            fail(name,
                 QCoreApplication::translate("kd::XmlPackageSource", "the element is missing"));
        return nullptr;
    }
    Node element = take().node;
    while (const Unit *next = peek()) {
        if (next->kind == Unit::Kind::End) {
            take();
            return element;
        }
        xmlAddChild(element.get(), take().node.release());
    }
    return nullptr;
}

QString XmlStreamSource::identifier(const char *name)
{
    fail(name, QCoreApplication::translate("kd::XmlPackageSource", "the attribute is missing"));
    return {};
}

QString XmlStreamSource::text(const char *name, Presence)
{
    fail(name, QCoreApplication::translate("kd::XmlPackageSource", "the element is missing"));
    return {};
}

QString XmlStreamSource::formatted(const char *name)
{
    return text(name);
}

std::optional<int> XmlStreamSource::integer(const char *name, Presence)
{
    bool ok = false;
    const int value = m_formatVersion.toInt(&ok);
    if (std::strcmp(name, "formatVersion") != 0 || !ok)
        return std::nullopt;
    return value;
}

QStringList XmlStreamSource::uidList(const char *name)
{
    text(name);
    return {};
}

std::unique_ptr<PackageSource> XmlStreamSource::object(const char *name)
{
    if (failed())
        return nullptr;
    m_held = readChild(name, Presence::Required);
    return m_held ? std::make_unique<XmlPackageSource>(m_held.get(), m_state) : nullptr;
}

std::vector<std::unique_ptr<PackageSource>>
XmlStreamSource::list(const char *name, const char *itemName, Presence presence)
{
    std::vector<std::unique_ptr<PackageSource>> items;
    if (failed())
        return items;
    m_held = readChild(name, presence);
    for (xmlNode *n = m_held ? m_held->children : nullptr; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, xml(itemName)))
            items.push_back(std::make_unique<XmlPackageSource>(n, m_state));
    }
    return items;
}

void XmlStreamSource::forEach(const char *name, const char *itemName, const Visit &visit,
                              Presence presence)
{
    m_held.reset();
    if (failed())
        return;
    const Unit *unit = peek();
    if (!unit || unit->kind != Unit::Kind::Start || !xmlStrEqual(unit->node->name, xml(name))) {
        if (presence == Presence::Required)
            fail(name,
                 QCoreApplication::translate("kd::XmlPackageSource", "the element is missing"));
        return;
    }
    take();
    while (const Unit *next = peek()) {
        if (next->kind == Unit::Kind::End) {
            take();
            return;
        }
        const Node item = take().node;
        if (!xmlStrEqual(item->name, xml(itemName))) {
            fail(name, QCoreApplication::translate("kd::XmlStreamSource", "<%1> was expected")
                           .arg(QLatin1String(itemName)));
            return;
        }
        XmlPackageSource source(item.get(), m_state);
        if (!visit(source) || failed())
            return;
    }
}

void XmlStreamSource::finish()
{
    m_held.reset();
    if (failed())
        return;
    const Unit *unit = peek();
    if (unit && unit->kind != Unit::Kind::RootEnd) {
        fail("", QCoreApplication::translate("kd::XmlStreamSource", "<%1> is not expected here")
                     .arg(utf8(unit->node->name)));
        return;
    }
    if (unit)
        take();
    // To the end of the input, where the XSD gives its last word.
    while (peek())
        take();
    if (!failed() && !m_inputDone)
        failWith(m_parser.error());
}

void XmlStreamSource::fail(const char *name, const QString &message)
{
    if (failed())
        return;
    m_state->error = PackageError::content(
        m_fileName, QStringLiteral("<package> %1: %2").arg(QLatin1String(name), message),
        m_parser.line());
}

} // namespace kd
