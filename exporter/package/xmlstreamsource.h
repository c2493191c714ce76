#pragma once

#include "packageerror.h"
#include "packagesource.h"
#include "xmlpackagesource.h"
#include "xmlpushparser.h"

#include <QByteArray>

#include <libxml/tree.h>

#include <deque>
#include <functional>
#include <memory>

namespace kd {

// The <package> element of a package.xml read as a stream, for PackageMapping::read: the
// document is never in memory whole, only the item being mapped (a register, one scenario with
// everything in it) as a small copy. The input is hostile: XmlPushParser checks every node
// against the compiled-in XSD as it is parsed, and an item is handed to the mapping only once
// it, and everything before it, has passed; a DOCTYPE is refused before any of it is read; a
// text over PackageMapping::MaxTextBytes is refused as it passes the cap.
//
// Memory: the input is read 64 KiB at a time and what those bytes hold is copied once
// (libxml2 nodes: about 120 bytes per element and the text itself), so that it stays within
// the largest item's copy plus one piece of input, plus the XSD's table of uids (its identity
// constraints are judged when <package> ends; PackageMapping checks references itself as it
// goes, so a dangling one is caught earlier).
class XmlStreamSource : public PackageSource, private XmlPushParser::Handler
{
public:
    // Pulls up to max bytes into buffer; returns the count, 0 at the end, -1 on a read error.
    using ReadFunction = std::function<qint64(char *buffer, qint64 max)>;

    XmlStreamSource(const QString &file, ReadFunction read);
    ~XmlStreamSource() override;
    XmlStreamSource(const XmlStreamSource &) = delete;
    XmlStreamSource &operator=(const XmlStreamSource &) = delete;

    // Reads up to the root element and checks it: <package> in our namespace, a format
    // version this program reads. False with error() set.
    bool start();
    PackageError error() const { return m_state->error; }

    QString identifier(const char *name) override;
    QString text(const char *name, Presence presence = Presence::Required) override;
    QString formatted(const char *name) override;
    std::optional<int> integer(const char *name, Presence presence = Presence::Required) override;
    QStringList uidList(const char *name) override;
    std::vector<std::unique_ptr<PackageSource>>
    list(const char *name, const char *itemName, Presence presence = Presence::Required) override;
    std::unique_ptr<PackageSource> object(const char *name) override;
    void forEach(const char *name, const char *itemName, const Visit &visit,
                 Presence presence = Presence::Required) override;
    // Reads to the end of the document: nothing may follow, and the XSD's last word (its
    // identity constraints) must be yes.
    void finish() override;
    void fail(const char *name, const QString &message) override;
    bool failed() const override { return m_state->error.isError(); }

private:
    struct NodeFree
    {
        void operator()(xmlNode *node) const { xmlFreeNode(node); }
    };
    using Node = std::unique_ptr<xmlNode, NodeFree>;

    // What the parser hands over, in document order: the start of a child of <package>, each
    // of its children whole (an item of a list, a field of the project), its end, and the end
    // of <package>.
    struct Unit
    {
        enum class Kind { Start, Item, End, RootEnd } kind;
        Node node; // Start: the child of <package> without its children; Item: the item
    };

    // XmlPushParser::Handler
    void startElement(const xmlChar *localName, const xmlChar *uri, int attributeCount,
                      const xmlChar **attributes, int line) override;
    void endElement() override;
    void text(QByteArrayView text) override;

    // The next unit, parsing more input as needed; null at the end or on an error.
    Unit *peek();
    Unit take();
    // The child of <package> named name, whole, when it is next; null otherwise (reported
    // when required).
    Node readChild(const char *name, Presence presence);
    void failWith(const PackageError &error);

    QString m_fileName;
    ReadFunction m_read;
    std::shared_ptr<XmlPackageSource::State> m_state;
    XmlPushParser m_parser;
    bool m_inputDone = false;
    bool m_started = false;
    std::deque<Unit> m_units;
    // The item being copied and the element in it that is open.
    Node m_item;
    xmlNode *m_open = nullptr;
    int m_depth = 0;
    QString m_formatVersion;
    Node m_held; // what list() and object() handed out, alive until the next call
};

} // namespace kd
