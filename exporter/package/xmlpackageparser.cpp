#include "xmlpackageparser.h"

#include "packagemapping.h"
#include "packageschemas.h"
#include "xmlerrorcapture.h"
#include "xmlpackagesink.h"

#include <QCoreApplication>
#include <QFile>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

namespace kd {
namespace {

struct DoctypeGuard
{
    bool seen = false;
    int line = 0;
    int column = 0;
};

// Called by the parser at "<!DOCTYPE": stop before the DTD is read.
void refuseDoctype(void *context, const xmlChar *, const xmlChar *, const xmlChar *)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(context);
    auto *guard = static_cast<DoctypeGuard *>(ctxt->_private);
    guard->seen = true;
    if (ctxt->input) {
        guard->line = ctxt->input->line;
        guard->column = ctxt->input->col;
    }
    xmlStopParser(ctxt);
}

// libxml2 2.9 lets a single text node grow to the size of the input; the package format does not.
const xmlNode *oversizedText(const xmlNode *root)
{
    const xmlNode *node = root;
    while (node) {
        if (node->type == XML_ELEMENT_NODE) {
            qsizetype bytes = 0;
            for (const xmlNode *c = node->children; c; c = c->next) {
                if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
                    bytes += xmlStrlen(c->content);
            }
            if (bytes > PackageMapping::MaxTextBytes)
                return node;
        }
        // Depth first, without recursion.
        if (node->children && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            continue;
        }
        while (node && node != root && !node->next)
            node = node->parent;
        if (!node || node == root)
            break;
        node = node->next;
    }
    return nullptr;
}

using SchemaPtr = std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)>;
using ValidatorPtr = std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)>;

// The compiled-in XSD, compiled.
SchemaPtr compileSchema()
{
    const QByteArray xsd = PackageSchemas::xsd();
    std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> schemaParser(
        xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size())), &xmlSchemaFreeParserCtxt);
    return SchemaPtr(schemaParser ? xmlSchemaParse(schemaParser.get()) : nullptr, &xmlSchemaFree);
}

// A validator over schema that reports into capture; null with *error set when it cannot be made.
ValidatorPtr makeValidator(const SchemaPtr &schema, ErrorCapture &capture, const QString &file,
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

void schemaMismatch(const ErrorCapture &capture, const QString &file, PackageError *error)
{
    *error = capture.error(file,
                           QCoreApplication::translate("kd::XmlPackageParser",
                                                       "the document does not match the schema"));
    // libxml2's own words stay English; ours around them are translated.
    error->message = QCoreApplication::translate("kd::XmlPackageParser",
                                                 "does not match the package schema: %1")
                         .arg(error->message);
}

QString nodeName(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name));
}

} // namespace

XmlPackageParser::Document XmlPackageParser::parse(const QByteArray &data, const QString &file,
                                                   PackageError *error)
{
    if (data.size() > MaxSize) {
        *error = PackageError::content(
            file,
            QCoreApplication::translate("kd::XmlPackageParser", "the file is larger than %1 MiB")
                .arg(MaxSize / (1024 * 1024)));
        return nullptr;
    }
    return parseWith(file, error, [&](xmlParserCtxtPtr ctxt, int options, StreamCheck &check) {
        check.feed(data);
        return xmlCtxtReadMemory(ctxt, data.constData(), int(data.size()), nullptr, nullptr,
                                 options);
    });
}

XmlPackageParser::Document XmlPackageParser::parseFile(const QString &path, PackageError *error)
{
    QFile file(path);
    if (file.size() > MaxSize) {
        *error = PackageError::content(
            path,
            QCoreApplication::translate("kd::XmlPackageParser", "the file is larger than %1 MiB")
                .arg(MaxSize / (1024 * 1024)));
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PackageError::io(
            path, QCoreApplication::translate("kd::XmlPackageParser", "cannot read: %1")
                      .arg(file.errorString()));
        return nullptr;
    }
    // The cap holds for what is read, too, should the file grow meanwhile.
    // What the parser reads goes to the XSD check as well, which runs beside it.
    struct Input
    {
        QFile *file;
        qint64 left;
        StreamCheck *check;
    };
    const auto read = [](void *context, char *buffer, int length) -> int {
        auto *in = static_cast<Input *>(context);
        const qint64 got = in->file->read(buffer, qMin<qint64>(length, in->left));
        if (got < 0)
            return -1;
        in->left -= got;
        in->check->feed(QByteArrayView(buffer, got));
        return int(got);
    };
    return parseWith(path, error, [&](xmlParserCtxtPtr ctxt, int options, StreamCheck &check) {
        Input input{&file, MaxSize, &check};
        return xmlCtxtReadIO(ctxt, read, nullptr, &input, nullptr, nullptr, options);
    });
}

template<typename Read>
XmlPackageParser::Document XmlPackageParser::parseWith(const QString &file, PackageError *error,
                                                       Read read)
{
    ErrorCapture capture;
    // The XSD check reads the same bytes on a second thread while this one builds the tree; its
    // verdict counts only once the document has passed every check below.
    StreamCheck check(file);
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(),
                                                                      &xmlFreeParserCtxt);
    if (!ctxt) {
        *error = PackageError::content(
            file,
            QCoreApplication::translate("kd::XmlPackageParser", "cannot create an XML parser"));
        return nullptr;
    }
    DoctypeGuard guard;
    ctxt->_private = &guard;
    ctxt->sax->internalSubset = &refuseDoctype;

    // Deliberately absent: XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD,
    // XML_PARSE_DTDATTR, XML_PARSE_DTDVALID, XML_PARSE_HUGE, XML_PARSE_XINCLUDE.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    Document doc(read(ctxt.get(), options, check));
    if (guard.seen) {
        *error = PackageError::content(
            file,
            QCoreApplication::translate(
                "kd::XmlPackageParser",
                "a DOCTYPE is not allowed in a package (no DTDs, no entities)"),
            guard.line, guard.column);
        return nullptr;
    }
    if (!doc || !ctxt->wellFormed) {
        *error = capture.error(
            file, QCoreApplication::translate("kd::XmlPackageParser", "not well-formed XML"));
        // Read from a file, libxml2 stops a text node at its own limit (10 MB) before the
        // package's cap is checked below: the same refusal, in the same words.
        if (error->message.contains(QLatin1String("huge text node")))
            error->message
                = QCoreApplication::translate("kd::XmlPackageParser",
                                              "a text is longer than a package allows (%1 bytes)")
                      .arg(PackageMapping::MaxTextBytes);
        return nullptr;
    }
    if (doc->intSubset || doc->extSubset) {
        *error = PackageError::content(
            file, QCoreApplication::translate("kd::XmlPackageParser", "a DOCTYPE is not allowed"));
        return nullptr;
    }

    const xmlNode *root = xmlDocGetRootElement(doc.get());
    const QByteArray ns = XmlPackageSink::namespaceUri().toUtf8();
    if (!root || nodeName(root) != QLatin1String("package") || !root->ns
        || !xmlStrEqual(root->ns->href, reinterpret_cast<const xmlChar *>(ns.constData()))) {
        *error = PackageError::content(
            file,
            QCoreApplication::translate(
                "kd::XmlPackageParser",
                "the root element is <%1>, not <package> in the namespace %2")
                .arg(root ? nodeName(root) : QStringLiteral("nothing"),
                     XmlPackageSink::namespaceUri()),
            root ? int(xmlGetLineNo(root)) : 0);
        return nullptr;
    }
    if (xmlChar *version
        = xmlGetNoNsProp(root, reinterpret_cast<const xmlChar *>("formatVersion"))) {
        const QString text = QString::fromUtf8(reinterpret_cast<const char *>(version));
        xmlFree(version);
        bool ok = false;
        const int number = text.toInt(&ok);
        if (ok && number > 1) {
            *error = PackageError::content(
                file,
                QCoreApplication::translate(
                    "kd::XmlPackageParser",
                    "format version %1 is newer than this program reads (1)")
                    .arg(number),
                int(xmlGetLineNo(root)));
            return nullptr;
        }
    }

    if (const xmlNode *node = oversizedText(root)) {
        *error = PackageError::content(
            file,
            QCoreApplication::translate(
                "kd::XmlPackageParser",
                "the text of <%1> is longer than a package allows (%2 bytes)")
                .arg(nodeName(node))
                .arg(PackageMapping::MaxTextBytes),
            int(xmlGetLineNo(node)));
        return nullptr;
    }

    if (!check.finish(error))
        return nullptr;
    return doc;
}

namespace {

// Chunks are handed to the checking thread once they hold this much, and at most this many wait.
constexpr qsizetype StreamChunk = 256 * 1024;
constexpr std::size_t StreamQueue = 16;

} // namespace

XmlPackageParser::StreamCheck::StreamCheck(const QString &file)
    : m_file(file)
    , m_thread([this] { run(); })
{}

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
    ErrorCapture capture; // libxml2's error handlers are per thread: this one's
    const SchemaPtr schema = compileSchema();
    const ValidatorPtr validator = makeValidator(schema, capture, m_file, &m_error);
    // An empty SAX handler behind the validator: nothing but the check happens per element.
    xmlSAXHandler sax{};
    sax.initialized = XML_SAX2_MAGIC;
    xmlSAXHandlerPtr handler = &sax;
    void *userData = nullptr;
    xmlSchemaSAXPlugPtr plug
        = validator ? xmlSchemaSAXPlug(validator.get(), &handler, &userData) : nullptr;
    xmlParserCtxtPtr parser
        = plug ? xmlCreatePushParserCtxt(handler, userData, nullptr, 0, nullptr) : nullptr;
    if (parser) {
        xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        // Without a tree the validator learns the line of an error from the parser.
        xmlSchemaValidateSetLocator(
            validator.get(),
            [](void *context, const char **file, unsigned long *line) -> int {
                const auto *p = static_cast<xmlParserCtxtPtr>(context);
                if (file)
                    *file = nullptr;
                if (line)
                    *line = p->input ? static_cast<unsigned long>(p->input->line) : 0;
                return p->input ? 0 : -1;
            },
            parser);
    }
    bool failed = !parser;
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
            failed = xmlParseChunk(parser, chunk.constData(), int(chunk.size()), 0) != 0;
        if (last) {
            if (!failed)
                failed = xmlParseChunk(parser, nullptr, 0, 1) != 0;
            break;
        }
    }
    if (parser)
        m_valid = !failed && parser->wellFormed && xmlSchemaIsValid(validator.get()) == 1;
    // In xmlSchemaValidateStream's order: unplug while the parser (the locator) still exists.
    if (plug)
        xmlSchemaSAXUnplug(plug);
    if (parser) {
        xmlSchemaValidateSetLocator(validator.get(), nullptr, nullptr);
        xmlFreeParserCtxt(parser);
    }
    if (!m_valid && validator)
        schemaMismatch(capture, m_file, &m_error);
}

} // namespace kd
