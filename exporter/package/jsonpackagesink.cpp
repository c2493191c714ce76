#include "jsonpackagesink.h"

#include <QCoreApplication>

namespace kd {
namespace {

// The buffer is handed on once it holds this much.
constexpr qsizetype FlushSize = 256 * 1024;

} // namespace

JsonPackageSink::JsonPackageSink(Output output)
    : m_output(std::move(output))
{
    m_buffer.reserve(FlushSize + 4096);
}

bool JsonPackageSink::finish()
{
    if (!m_failed && !m_buffer.isEmpty())
        m_failed = !m_output(m_buffer);
    m_buffer.clear();
    return !m_failed;
}

QString JsonPackageSink::error() const
{
    return m_failed
               ? QCoreApplication::translate("kd::JsonPackageSink", "the JSON could not be written")
               : QString();
}

void JsonPackageSink::maybeFlush()
{
    if (m_buffer.size() < FlushSize)
        return;
    if (!m_failed)
        m_failed = !m_output(m_buffer);
    m_buffer.resize(0);
}

// Starts a member of the current object (with its name) or an element of the current list.
void JsonPackageSink::member(const char *name)
{
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_buffer += ',';
    level.empty = false;
    m_buffer += '\n';
    m_buffer.append(m_levels.size() * 4, ' ');
    if (!level.isList) {
        m_buffer += '"';
        m_buffer += name;
        m_buffer += "\": ";
    }
}

void JsonPackageSink::open(const char *name, bool isList)
{
    member(name);
    m_buffer += isList ? '[' : '{';
    m_levels.append(Level{isList, true});
}

void JsonPackageSink::close()
{
    const Level level = m_levels.takeLast();
    if (!level.empty) {
        m_buffer += '\n';
        m_buffer.append(m_levels.size() * 4, ' ');
    }
    m_buffer += level.isList ? ']' : '}';
    maybeFlush();
}

// A JSON string: UTF-8, with the quote, the backslash and control characters escaped.
void JsonPackageSink::string(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    m_buffer += '"';
    const char *run = utf8.constData();
    const char *end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_buffer.append(run, p - run);
        run = p + 1;
        // One escape a line:
        // clang-format off
        switch (c) {
        case '"': m_buffer += "\\\""; break;
        case '\\': m_buffer += "\\\\"; break;
        case '\n': m_buffer += "\\n"; break;
        case '\r': m_buffer += "\\r"; break;
        case '\t': m_buffer += "\\t"; break;
        case '\b': m_buffer += "\\b"; break;
        case '\f': m_buffer += "\\f"; break;
        default:
            m_buffer += "\\u00";
            m_buffer += hex[c >> 4];
            m_buffer += hex[c & 0xf];
        }
        // clang-format on
    }
    m_buffer.append(run, end - run);
    m_buffer += '"';
}

void JsonPackageSink::beginPackage(int formatVersion)
{
    m_buffer += '{';
    m_levels.append(Level{false, true});
    integer("formatVersion", formatVersion);
}

void JsonPackageSink::endPackage()
{
    close();
    m_buffer += '\n';
}

void JsonPackageSink::beginObject(const char *name)
{
    open(name, false);
}

void JsonPackageSink::endObject()
{
    close();
}

void JsonPackageSink::beginList(const char *name)
{
    open(name, true);
}

void JsonPackageSink::endList()
{
    close();
}

void JsonPackageSink::identifier(const char *name, const QString &value)
{
    member(name);
    string(value.isNull() ? QString(QLatin1String("")) : value);
}

void JsonPackageSink::text(const char *name, const QString &value)
{
    member(name);
    if (value.isNull())
        m_buffer += "null";
    else
        string(value);
    maybeFlush();
}

void JsonPackageSink::formatted(const char *name, const QString &markdown, const QString &html)
{
    if (markdown.isNull()) {
        text(name, markdown);
        return;
    }
    open(name, false);
    text("markdown", markdown);
    text("html", html);
    close();
}

void JsonPackageSink::integer(const char *name, std::optional<int> value)
{
    member(name);
    if (value)
        m_buffer += QByteArray::number(*value);
    else
        m_buffer += "null";
}

void JsonPackageSink::uidList(const char *name, const QStringList &uids)
{
    open(name, true);
    for (const QString &uid : uids) {
        member(nullptr);
        string(uid);
    }
    close();
}

} // namespace kd
