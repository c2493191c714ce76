#include "xmlpackagesink.h"

#include "packagemapping.h"

#include "validation/textscan.h"

#include <QCoreApplication>

namespace kd {
namespace {

const xmlChar *name_(const char *name)
{
    return reinterpret_cast<const xmlChar *>(name);
}

} // namespace

XmlPackageSink::XmlPackageSink(Output output)
    : m_output(std::move(output))
{
    // The writer owns the output buffer from here on and frees it with itself.
    xmlOutputBufferPtr buffer
        = xmlOutputBufferCreateIO(&XmlPackageSink::writeCallback, nullptr, this, nullptr);
    m_writer = buffer ? xmlNewTextWriter(buffer) : nullptr;
    if (!m_writer) {
        if (buffer)
            xmlOutputBufferClose(buffer);
        m_error = QCoreApplication::translate("kd::XmlPackageSink", "cannot create the XML writer");
        return;
    }
    xmlTextWriterSetIndent(m_writer, 1);
    xmlTextWriterSetIndentString(m_writer, name_("  "));
}

XmlPackageSink::~XmlPackageSink()
{
    if (m_writer)
        xmlFreeTextWriter(m_writer);
}

int XmlPackageSink::writeCallback(void *context, const char *buffer, int length)
{
    auto *self = static_cast<XmlPackageSink *>(context);
    if (self->m_outputFailed || !self->m_output(QByteArrayView(buffer, length))) {
        self->m_outputFailed = true;
        return -1;
    }
    return length;
}

bool XmlPackageSink::finish()
{
    if (!m_writer)
        return false;
    check(xmlTextWriterFlush(m_writer));
    // Freeing the writer flushes and closes its output buffer.
    xmlFreeTextWriter(m_writer);
    m_writer = nullptr;
    if (m_outputFailed && m_error.isEmpty())
        m_error = QCoreApplication::translate("kd::XmlPackageSink", "the XML could not be written");
    return m_error.isEmpty();
}

void XmlPackageSink::check(int result)
{
    if (result < 0 && m_error.isEmpty())
        m_error = QCoreApplication::translate("kd::XmlPackageSink", "the XML writer failed");
}

bool XmlPackageSink::carries(const char *name, const QString &value)
{
    if (!m_error.isEmpty())
        return false;
    // The characters XML 1.0 cannot carry are those the invalid-character rule looks for.
    const qsizetype at = TextScan::findInvalidCharacter(value);
    if (at < 0)
        return true;
    const QString code
        = QStringLiteral("%1").arg(uint(value.at(at).unicode()), 4, 16, QLatin1Char('0'));
    m_error = m_currentUid.isEmpty()
                  ? QCoreApplication::translate(
                        "kd::XmlPackageSink",
                        "the %1 of the project holds the character U+%2, which XML cannot carry")
                        .arg(QLatin1String(name), code)
                  : QCoreApplication::translate(
                        "kd::XmlPackageSink",
                        "the %1 of %2 holds the character U+%3, which XML cannot carry")
                        .arg(QLatin1String(name), m_currentUid, code);
    return false;
}

void XmlPackageSink::element(const char *name, const QString &value)
{
    if (!carries(name, value))
        return;
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() > PackageMapping::MaxTextBytes) {
        m_error = m_currentUid.isEmpty()
                      ? QCoreApplication::translate(
                            "kd::XmlPackageSink",
                            "the %1 of the project is longer than a package allows (%2 bytes)")
                            .arg(QLatin1String(name))
                            .arg(PackageMapping::MaxTextBytes)
                      : QCoreApplication::translate(
                            "kd::XmlPackageSink",
                            "the %1 of %2 is longer than a package allows (%3 bytes)")
                            .arg(QLatin1String(name), m_currentUid)
                            .arg(PackageMapping::MaxTextBytes);
        return;
    }
    check(xmlTextWriterWriteElement(m_writer, name_(name), name_(utf8.constData())));
}

void XmlPackageSink::beginPackage(int formatVersion)
{
    if (!m_writer)
        return;
    check(xmlTextWriterStartDocument(m_writer, "1.0", "UTF-8", nullptr));
    check(xmlTextWriterStartElementNS(m_writer, nullptr, name_("package"),
                                      name_(namespaceUri().toUtf8().constData())));
    check(xmlTextWriterWriteAttribute(m_writer, name_("formatVersion"),
                                      name_(QByteArray::number(formatVersion).constData())));
}

void XmlPackageSink::endPackage()
{
    if (!m_writer)
        return;
    check(xmlTextWriterEndElement(m_writer));
    check(xmlTextWriterEndDocument(m_writer));
}

void XmlPackageSink::beginObject(const char *name)
{
    if (m_writer)
        check(xmlTextWriterStartElement(m_writer, name_(name)));
}

void XmlPackageSink::endObject()
{
    if (m_writer)
        check(xmlTextWriterEndElement(m_writer));
}

void XmlPackageSink::beginList(const char *name)
{
    beginObject(name);
}

void XmlPackageSink::endList()
{
    endObject();
}

void XmlPackageSink::identifier(const char *name, const QString &value)
{
    if (!m_writer)
        return;
    if (qstrcmp(name, "uid") == 0)
        m_currentUid = value;
    if (!carries(name, value))
        return;
    check(xmlTextWriterWriteAttribute(m_writer, name_(name), name_(value.toUtf8().constData())));
}

void XmlPackageSink::text(const char *name, const QString &value)
{
    if (m_writer && !value.isNull())
        element(name, value);
}

void XmlPackageSink::formatted(const char *name, const QString &markdown, const QString &html)
{
    if (!m_writer || markdown.isNull() || !carries(name, markdown) || !carries(name, html))
        return;
    check(xmlTextWriterStartElement(m_writer, name_(name)));
    element("markdown", markdown);
    element("html", html);
    check(xmlTextWriterEndElement(m_writer));
}

void XmlPackageSink::integer(const char *name, std::optional<int> value)
{
    if (m_writer && value)
        element(name, QString::number(*value));
}

void XmlPackageSink::uidList(const char *name, const QStringList &uids)
{
    if (!m_writer)
        return;
    check(xmlTextWriterStartElement(m_writer, name_(name)));
    for (const QString &uid : uids)
        element("uid", uid);
    check(xmlTextWriterEndElement(m_writer));
}

} // namespace kd
