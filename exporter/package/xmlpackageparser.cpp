#include "xmlpackageparser.h"

#include "packagemapping.h"
#include "packageschemas.h"
#include "xmlerrorcapture.h"
#include "xmllibrary.h"
#include "xmlpackagesink.h"
#include "xmlpushparser.h"

#include <QCoreApplication>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

namespace kd {

namespace {

// The XSD without its identity constraints (xs:unique, xs:key, xs:keyref): every element and
// type as published, none of the tables of uids.
QByteArray withoutIdentityConstraints(const QByteArray &xsd)
{
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xsd.constData(), int(xsd.size()), nullptr, nullptr, XML_PARSE_NONET),
        &xmlFreeDoc);
    if (!doc)
        return xsd;
    QList<xmlNode *> constraints;
    QList<xmlNode *> todo{xmlDocGetRootElement(doc.get())};
    while (!todo.isEmpty()) {
        for (xmlNode *n = todo.takeLast()->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (xmlStrEqual(n->name, BAD_CAST "unique") || xmlStrEqual(n->name, BAD_CAST "key")
                || xmlStrEqual(n->name, BAD_CAST "keyref"))
                constraints.append(n);
            else
                todo.append(n);
        }
    }
    for (xmlNode *n : std::as_const(constraints)) {
        xmlUnlinkNode(n);
        xmlFreeNode(n);
    }
    xmlChar *text = nullptr;
    int size = 0;
    xmlDocDumpMemory(doc.get(), &text, &size);
    const QByteArray result(reinterpret_cast<const char *>(text), size);
    xmlFree(text);
    return result;
}

} // namespace

// The compiled-in XSD, compiled.
XmlPackageParser::SchemaPtr XmlPackageParser::compileSchema(Constraints constraints)
{
    const QByteArray xsd = constraints == Constraints::All
                               ? PackageSchemas::xsd()
                               : withoutIdentityConstraints(PackageSchemas::xsd());
    std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> schemaParser(
        xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size())), &xmlSchemaFreeParserCtxt);
    return SchemaPtr(schemaParser ? xmlSchemaParse(schemaParser.get()) : nullptr, &xmlSchemaFree);
}

XmlPackageParser::ValidatorPtr XmlPackageParser::makeValidator(const SchemaPtr &schema,
                                                               ErrorCapture &capture,
                                                               const QString &file,
                                                               PackageError *error)
{
    if (!schema) {
        *error = capture.error(QStringLiteral(":/package/package.xsd"),
                               QCoreApplication::translate("kd::XmlPackageParser",
                                                           "the built-in schema does not compile"));
        return ValidatorPtr(nullptr, &xmlSchemaFreeValidCtxt);
    }
    ValidatorPtr validator(xmlSchemaNewValidCtxt(schema.get()), &xmlSchemaFreeValidCtxt);
    if (!validator) {
        *error = PackageError::content(
            file,
            QCoreApplication::translate("kd::XmlPackageParser", "cannot create the XSD validator"));
        return validator;
    }
    xmlSchemaSetValidStructuredErrors(validator.get(), capture.handler(), &capture);
    return validator;
}

void XmlPackageParser::schemaMismatch(const ErrorCapture &capture, const QString &file,
                                      PackageError *error)
{
    *error = capture.error(file,
                           QCoreApplication::translate("kd::XmlPackageParser",
                                                       "the document does not match the schema"));
    // libxml2's own words stay English; ours around them are translated.
    error->message = QCoreApplication::translate("kd::XmlPackageParser",
                                                 "does not match the package schema: %1")
                         .arg(error->message);
}

namespace {

// Chunks are handed to the checking thread once they hold this much, and at most this many wait.
constexpr qsizetype StreamChunk = 256 * 1024;
constexpr std::size_t StreamQueue = 16;

} // namespace

XmlPackageParser::StreamCheck::StreamCheck(const QString &file)
    : m_file(file)
    , m_thread(start())
{}

std::thread XmlPackageParser::StreamCheck::start()
{
    prepareXmlLibrary();
    return std::thread([this] { run(); });
}

XmlPackageParser::StreamCheck::~StreamCheck()
{
    if (m_thread.joinable()) {
        push({}, true);
        m_thread.join();
    }
}

void XmlPackageParser::StreamCheck::feed(QByteArrayView bytes)
{
    // Pieces of at most StreamChunk: the check's parser never holds more unparsed.
    while (!bytes.isEmpty()) {
        const qsizetype take = qMin(bytes.size(), StreamChunk - m_pending.size());
        m_pending.append(bytes.data(), take);
        bytes = bytes.sliced(take);
        if (m_pending.size() >= StreamChunk)
            push(std::exchange(m_pending, {}), false);
    }
}

void XmlPackageParser::StreamCheck::push(QByteArray chunk, bool last)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < StreamQueue || m_ended; });
    if (!chunk.isEmpty())
        m_queue.push_back(std::move(chunk));
    if (last)
        m_ended = true;
    m_changed.notify_all();
}

bool XmlPackageParser::StreamCheck::finish(PackageError *error)
{
    push(std::exchange(m_pending, {}), true);
    m_thread.join();
    if (!m_valid)
        *error = m_error;
    return m_valid;
}

void XmlPackageParser::StreamCheck::run()
{
    // On this thread: libxml2's error handlers are per thread, and so is the parser's capture.
    XmlPushParser parser(m_file, nullptr, Constraints::Structure);
    bool failed = parser.failed();
    for (;;) {
        QByteArray chunk;
        bool last = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_ended; });
            if (!m_queue.empty()) {
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            } else {
                last = true;
            }
            m_changed.notify_all();
        }
        // After a failure the rest is only drained, so that the writer never waits forever.
        if (!failed && !last)
            failed = !parser.feed(chunk);
        if (last) {
            if (!failed)
                failed = !parser.finish();
            break;
        }
    }
    m_valid = !failed;
    if (failed)
        m_error = parser.error();
}

} // namespace kd
