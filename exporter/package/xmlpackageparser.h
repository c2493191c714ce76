#pragma once

#include "packageerror.h"
#include "packagemapping.h"

#include <QByteArray>
#include <QString>

#include <libxml/tree.h>

#include <memory>

namespace kd {

// Reads package.xml bytes into a libxml2 document, treating the input as hostile: the network
// is off, no DTD is loaded, no entity is substituted, libxml2's limits stay on (no
// XML_PARSE_HUGE: depth 256, text nodes of 10 MB), the input is capped at MaxSize, and a
// document with a DOCTYPE is refused as soon as the parser meets it, before any entity
// declaration is read. The document is then validated against the compiled-in XSD. Errors
// carry the file, line and column.
class XmlPackageParser
{
public:
    static constexpr qint64 MaxSize = PackageMapping::MaxFileBytes;

    struct DocFree
    {
        void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
    };
    using Document = std::unique_ptr<xmlDoc, DocFree>;

    // A valid package document, or null with *error set (kind Content).
    static Document parse(const QByteArray &data, const QString &file, PackageError *error);
    // The same for a file, read as the parser goes (the file is never in memory whole).
    static Document parseFile(const QString &path, PackageError *error);

    // Checks a package.xml this program has just written against the XSD, reading the file as
    // a stream: no document tree is built, so memory stays small whatever the size. For the
    // writer's own output, not for hostile input (parse() is for that). False with *error set
    // (kind Content, with the line and column).
    static bool validateFile(const QString &path, PackageError *error);

private:
    // Everything but the reading: the parser's hardening, the DOCTYPE refusal, the root, the
    // format version, the text cap and the XSD. read(ctxt, options) runs the parser.
    template<typename Read>
    static Document parseWith(const QString &file, PackageError *error, Read read);
};

} // namespace kd
