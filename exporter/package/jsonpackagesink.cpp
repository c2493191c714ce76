#include "jsonpackagesink.h"

#include <QJsonDocument>

namespace kd {
namespace {

QJsonValue textValue(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QByteArray JsonPackageSink::document() const
{
    return QJsonDocument(m_root).toJson(QJsonDocument::Indented);
}

void JsonPackageSink::put(const char *name, const QJsonValue &value)
{
    Q_ASSERT(!m_stack.isEmpty());
    Frame &frame = m_stack.last();
    if (frame.isList)
        frame.array.append(value);
    else
        frame.object.insert(QLatin1String(name), value);
}

void JsonPackageSink::beginPackage(int formatVersion)
{
    m_stack.append(Frame{"package", false, {}, {}});
    put("formatVersion", formatVersion);
}

void JsonPackageSink::endPackage()
{
    m_root = m_stack.takeLast().object;
}

void JsonPackageSink::beginObject(const char *name)
{
    m_stack.append(Frame{name, false, {}, {}});
}

void JsonPackageSink::endObject()
{
    const Frame frame = m_stack.takeLast();
    put(frame.name, frame.object);
}

void JsonPackageSink::beginList(const char *name)
{
    m_stack.append(Frame{name, true, {}, {}});
}

void JsonPackageSink::endList()
{
    const Frame frame = m_stack.takeLast();
    put(frame.name, frame.array);
}

void JsonPackageSink::identifier(const char *name, const QString &value)
{
    put(name, value.isNull() ? QStringLiteral("") : value);
}

void JsonPackageSink::text(const char *name, const QString &value)
{
    put(name, textValue(value));
}

void JsonPackageSink::formatted(const char *name, const QString &markdown, const QString &html)
{
    if (markdown.isNull()) {
        put(name, QJsonValue(QJsonValue::Null));
        return;
    }
    put(name, QJsonObject{{QStringLiteral("markdown"), markdown}, {QStringLiteral("html"), html}});
}

void JsonPackageSink::integer(const char *name, std::optional<int> value)
{
    put(name, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}

void JsonPackageSink::uidList(const char *name, const QStringList &uids)
{
    put(name, QJsonArray::fromStringList(uids));
}

} // namespace kd
