#pragma once

#include "packageerror.h"
#include "xmlerrorcapture.h"
#include "xmlpackageparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

namespace kd {

// libxml2's push parser with the package XSD plugged in, fed a package.xml in pieces of any size:
// every node is checked by the XSD as it is parsed, and what a Handler wants to see of it comes
// out as it goes, so that no document tree is ever built. Used for the writer's own check
// (XmlPackageParser::StreamCheck, no handler) and for reading hostile packages (XmlStreamSource).
//
// Hostile input is refused early: a DOCTYPE before the parser reads any of it (so no DTD is
// loaded and no entity declared), the network stays off, and a run of text over
// PackageMapping::MaxTextBytes as soon as it passes the cap. Text reaches the validator and the
// handler whole, once per run, because libxml2 joins the pieces it parses a long text in with
// strlen() and realloc() each time (quadratic: a 50 MB field took minutes).
class XmlPushParser
{
public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        // attributes: libxml2's SAX2 array, five pointers per attribute (local name, prefix,
        // URI, value, end of value).
        virtual void startElement(const xmlChar *localName, const xmlChar *uri, int attributeCount,
                                  const xmlChar **attributes, int line)
            = 0;
        virtual void endElement() = 0;
        // A whole run of text between two tags, within the cap.
        virtual void text(QByteArrayView text) = 0;
    };

    XmlPushParser(const QString &file, Handler *handler,
                  XmlPackageParser::Constraints constraints = XmlPackageParser::Constraints::All);
    ~XmlPushParser();
    XmlPushParser(const XmlPushParser &) = delete;
    XmlPushParser &operator=(const XmlPushParser &) = delete;

    // False once the document has failed (well-formedness, the XSD, the cap): then error().
    bool feed(QByteArrayView bytes);
    // The end of the input: the last checks (the XSD's identity constraints when the root ends).
    bool finish();
    bool failed() const { return m_error.isError(); }
    PackageError error() const { return m_error; }
    // Lets the handler refuse the document; the parser stops at once.
    void stop(const PackageError &error);
    int line() const;

private:
    static void onStart(void *self, const xmlChar *localName, const xmlChar *prefix,
                        const xmlChar *uri, int namespaceCount, const xmlChar **namespaces,
                        int attributeCount, int defaultedCount, const xmlChar **attributes);
    static void onEnd(void *self, const xmlChar *localName, const xmlChar *prefix,
                      const xmlChar *uri);
    static void onText(void *self, const xmlChar *text, int length);
    static void onDoctype(void *self, const xmlChar *name, const xmlChar *externalId,
                          const xmlChar *systemId);
    // Hands the text collected since the last tag to the validator and the handler.
    void flushText();
    bool check();

    QString m_file;
    Handler *m_handler;
    ErrorCapture m_capture;
    XmlPackageParser::SchemaPtr m_schema;
    XmlPackageParser::ValidatorPtr m_validator;
    xmlSAXHandler m_outer{}; // what the parser calls: ours
    xmlSAXHandler m_inner{}; // what the validator's plug calls after it: nothing
    xmlSAXHandlerPtr m_plugged = nullptr;
    void *m_pluggedData = nullptr;
    xmlSchemaSAXPlugPtr m_plug = nullptr;
    xmlParserCtxtPtr m_parser = nullptr;
    QByteArray m_text;
    PackageError m_error;
    bool m_finished = false;
};

} // namespace kd
