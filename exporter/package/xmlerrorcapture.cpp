#include "xmlerrorcapture.h"

#include <libxml/threads.h>

#include <mutex>
#include <new>

namespace kd {
namespace {

// libxml2 makes a thread's state (its error handlers among it) at the thread's first call, with
// plain malloc; when that fails it prints a line of its own and hands null to callers that do
// not check. Ask for the state first, with that line silenced: its failure is out of memory,
// said by whoever catches bad_alloc (kdtool: in one line, exit 2).
bool requireThreadState()
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { xmlThrDefSetGenericErrorFunc(nullptr, &ErrorCapture::generic); });
    // A failed first try may have made the state while printing its complaint.
    if (!xmlGetGlobalState() && !xmlGetGlobalState())
        throw std::bad_alloc();
    return true;
}

} // namespace

ErrorCapture::ErrorCapture()
    : m_oldStructured((requireThreadState(), xmlStructuredError))
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
