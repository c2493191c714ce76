#include "xmlpushparser.h"

#include "packagemapping.h"

#include <QCoreApplication>
#include <QFile>

#include <climits>

namespace kd {

XmlPushParser::XmlPushParser(const QString &file, Handler *handler,
                             XmlPackageParser::Constraints constraints)
    : m_file(file)
    , m_handler(handler)
    , m_schema(XmlPackageParser::compileSchema(constraints))
    , m_validator(XmlPackageParser::makeValidator(m_schema, m_capture, file, &m_error))
{
    if (!m_validator)
        return;
    m_inner.initialized = XML_SAX2_MAGIC;
    m_plugged = &m_inner;
    m_pluggedData = this;
    m_plug = xmlSchemaSAXPlug(m_validator.get(), &m_plugged, &m_pluggedData);
    m_outer.initialized = XML_SAX2_MAGIC;
    m_outer.startElementNs = &XmlPushParser::onStart;
    m_outer.endElementNs = &XmlPushParser::onEnd;
    m_outer.characters = &XmlPushParser::onText;
    m_outer.ignorableWhitespace = &XmlPushParser::onText;
    m_outer.cdataBlock = &XmlPushParser::onText;
    m_outer.internalSubset = &XmlPushParser::onDoctype;
    m_parser = m_plug ? xmlCreatePushParserCtxt(&m_outer, this, nullptr, 0,
                                                QFile::encodeName(file).constData())
                      : nullptr;
    if (!m_parser) {
        m_error = PackageError::content(
            file,
            QCoreApplication::translate("kd::XmlPackageParser", "cannot create an XML parser"));
        return;
    }
    // Deliberately absent: XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD,
    // XML_PARSE_DTDATTR, XML_PARSE_DTDVALID, XML_PARSE_HUGE, XML_PARSE_XINCLUDE.
    xmlCtxtUseOptions(m_parser, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    // Without a tree the validator learns the line of an error from the parser.
    xmlSchemaValidateSetLocator(
        m_validator.get(),
        [](void *context, const char **name, unsigned long *line) -> int {
            const auto *parser = static_cast<xmlParserCtxtPtr>(context);
            if (name)
                *name = nullptr;
            if (line)
                *line = parser->input ? static_cast<unsigned long>(parser->input->line) : 0;
            return parser->input ? 0 : -1;
        },
        m_parser);
}

XmlPushParser::~XmlPushParser()
{
    // In xmlSchemaValidateStream's order: unplug while the parser (the locator) still exists.
    if (m_plug)
        xmlSchemaSAXUnplug(m_plug);
    if (m_parser) {
        xmlSchemaValidateSetLocator(m_validator.get(), nullptr, nullptr);
        xmlFreeParserCtxt(m_parser);
    }
}

int XmlPushParser::line() const
{
    return m_parser && m_parser->input ? m_parser->input->line : 0;
}

void XmlPushParser::stop(const PackageError &error)
{
    if (failed())
        return;
    m_error = error;
    if (m_parser)
        xmlStopParser(m_parser);
}

void XmlPushParser::onStart(void *context, const xmlChar *localName, const xmlChar *prefix,
                            const xmlChar *uri, int namespaceCount, const xmlChar **namespaces,
                            int attributeCount, int defaultedCount, const xmlChar **attributes)
{
    auto *self = static_cast<XmlPushParser *>(context);
    if (self->failed())
        return;
    self->flushText();
    if (self->m_handler)
        self->m_handler->startElement(localName, uri, attributeCount, attributes, self->line());
    if (!self->failed())
        self->m_plugged->startElementNs(self->m_pluggedData, localName, prefix, uri, namespaceCount,
                                        namespaces, attributeCount, defaultedCount, attributes);
}

void XmlPushParser::onEnd(void *context, const xmlChar *localName, const xmlChar *prefix,
                          const xmlChar *uri)
{
    auto *self = static_cast<XmlPushParser *>(context);
    if (self->failed())
        return;
    self->flushText();
    self->m_plugged->endElementNs(self->m_pluggedData, localName, prefix, uri);
    if (self->m_handler && !self->failed())
        self->m_handler->endElement();
}

void XmlPushParser::onText(void *context, const xmlChar *text, int length)
{
    auto *self = static_cast<XmlPushParser *>(context);
    if (self->failed())
        return;
    if (self->m_text.size() + length > PackageMapping::MaxTextBytes) {
        self->stop(PackageError::content(
            self->m_file,
            QCoreApplication::translate("kd::XmlPackageParser",
                                        "a text is longer than a package allows (%1 bytes)")
                .arg(PackageMapping::MaxTextBytes),
            self->line()));
        return;
    }
    self->m_text.append(reinterpret_cast<const char *>(text), length);
}

void XmlPushParser::onDoctype(void *context, const xmlChar *, const xmlChar *, const xmlChar *)
{
    // Called at "<!DOCTYPE name": the internal subset, with any entity declaration, is not read.
    auto *self = static_cast<XmlPushParser *>(context);
    self->stop(PackageError::content(
        self->m_file,
        QCoreApplication::translate("kd::XmlPackageParser",
                                    "a DOCTYPE is not allowed in a package (no DTDs, no entities)"),
        self->line(), self->m_parser->input ? self->m_parser->input->col : 0));
}

void XmlPushParser::flushText()
{
    if (m_text.isEmpty())
        return;
    m_plugged->characters(m_pluggedData, reinterpret_cast<const xmlChar *>(m_text.constData()),
                          int(m_text.size()));
    if (m_handler && !failed())
        m_handler->text(m_text);
    m_text.resize(0);
}

bool XmlPushParser::check()
{
    if (failed())
        return false;
    if (m_capture.has() || !m_parser->wellFormed || xmlSchemaIsValid(m_validator.get()) == 0) {
        if (m_capture.isSchemaError())
            XmlPackageParser::schemaMismatch(m_capture, m_file, &m_error);
        else
            m_error = m_capture.error(
                m_file, QCoreApplication::translate("kd::XmlPackageParser", "not well-formed XML"));
        return false;
    }
    return true;
}

bool XmlPushParser::feed(QByteArrayView bytes)
{
    if (failed() || !m_parser)
        return false;
    while (!bytes.isEmpty()) {
        const qsizetype take = qMin<qsizetype>(bytes.size(), INT_MAX / 2);
        const int result = xmlParseChunk(m_parser, bytes.data(), int(take), 0);
        bytes = bytes.sliced(take);
        if (!check())
            return false;
        if (result != 0) {
            m_error = m_capture.error(
                m_file, QCoreApplication::translate("kd::XmlPackageParser", "not well-formed XML"));
            return false;
        }
    }
    return true;
}

bool XmlPushParser::finish()
{
    if (failed() || !m_parser)
        return false;
    if (m_finished)
        return true;
    m_finished = true;
    // libxml2 calls a document that stops short "Extra content at the end of the document":
    // say what happened instead.
    if (m_parser->instate != XML_PARSER_EPILOG && m_parser->instate != XML_PARSER_EOF) {
        m_error = PackageError::content(
            m_file,
            m_parser->name
                ? QCoreApplication::translate("kd::XmlPackageParser",
                                              "the document ends too early: <%1> is not closed")
                      .arg(QString::fromUtf8(reinterpret_cast<const char *>(m_parser->name)))
                : QCoreApplication::translate("kd::XmlPackageParser", "the document is empty"),
            line());
        return false;
    }
    const int result = xmlParseChunk(m_parser, nullptr, 0, 1);
    if (!check())
        return false;
    if (result != 0 || xmlSchemaIsValid(m_validator.get()) != 1) {
        m_error = m_capture.error(
            m_file, QCoreApplication::translate("kd::XmlPackageParser", "not well-formed XML"));
        return false;
    }
    return true;
}

} // namespace kd
