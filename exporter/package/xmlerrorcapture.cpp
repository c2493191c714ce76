#include "xmlerrorcapture.h"

namespace kd {

ErrorCapture::ErrorCapture()
    : m_oldStructured(xmlStructuredError)
    , m_oldStructuredContext(xmlStructuredErrorContext)
    , m_oldGeneric(xmlGenericError)
    , m_oldGenericContext(xmlGenericErrorContext)
{
    xmlSetStructuredErrorFunc(this, &ErrorCapture::structured);
    xmlSetGenericErrorFunc(this, &ErrorCapture::generic);
}

ErrorCapture::~ErrorCapture()
{
    xmlSetStructuredErrorFunc(m_oldStructuredContext, m_oldStructured);
    xmlSetGenericErrorFunc(m_oldGenericContext, m_oldGeneric);
}

void ErrorCapture::structured(void *context, xmlErrorPtr error)
{
    auto *self = static_cast<ErrorCapture *>(context);
    if (!error || error->level == XML_ERR_WARNING || self->m_has)
        return;
    self->m_has = true;
    self->m_message
        = QString::fromUtf8(error->message ? error->message : "unknown error").trimmed();
    // libxml2 suggests lifting its limits; a package reader must not, so drop the advice.
    self->m_message.remove(QStringLiteral(" use XML_PARSE_HUGE option"));
    self->m_line = error->line;
    self->m_column = error->domain == XML_FROM_PARSER ? error->int2 : 0;
    self->m_schema = error->domain == XML_FROM_SCHEMASV || error->domain == XML_FROM_SCHEMASP;
}

} // namespace kd
