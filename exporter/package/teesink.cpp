#include "teesink.h"

namespace kd {

void TeeSink::beginPackage(int formatVersion)
{
    m_first.beginPackage(formatVersion);
    if (m_second)
        m_second->beginPackage(formatVersion);
}

void TeeSink::endPackage()
{
    m_first.endPackage();
    if (m_second)
        m_second->endPackage();
}

void TeeSink::beginObject(const char *name)
{
    m_first.beginObject(name);
    if (m_second)
        m_second->beginObject(name);
}

void TeeSink::endObject()
{
    m_first.endObject();
    if (m_second)
        m_second->endObject();
}

void TeeSink::beginList(const char *name)
{
    m_first.beginList(name);
    if (m_second)
        m_second->beginList(name);
}

void TeeSink::endList()
{
    m_first.endList();
    if (m_second)
        m_second->endList();
}

void TeeSink::identifier(const char *name, const QString &value)
{
    m_first.identifier(name, value);
    if (m_second)
        m_second->identifier(name, value);
}

void TeeSink::text(const char *name, const QString &value)
{
    m_first.text(name, value);
    if (m_second)
        m_second->text(name, value);
}

void TeeSink::formatted(const char *name, const QString &markdown, const QString &html)
{
    m_first.formatted(name, markdown, html);
    if (m_second)
        m_second->formatted(name, markdown, html);
}

void TeeSink::integer(const char *name, std::optional<int> value)
{
    m_first.integer(name, value);
    if (m_second)
        m_second->integer(name, value);
}

void TeeSink::uidList(const char *name, const QStringList &uids)
{
    m_first.uidList(name, uids);
    if (m_second)
        m_second->uidList(name, uids);
}

} // namespace kd
