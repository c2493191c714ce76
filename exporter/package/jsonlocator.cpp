#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kd::JsonLocator {
namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &data)
        : m_data(data)
    {}

    qsizetype position() const { return m_pos; }
    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }
    void advance() { ++m_pos; }

    void skipSpace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // At a '"': the string's raw bytes between the quotes; leaves the position after it.
    QByteArray string()
    {
        const qsizetype start = ++m_pos;
        while (m_pos < m_data.size() && m_data.at(m_pos) != '"')
            m_pos += m_data.at(m_pos) == '\\' ? 2 : 1;
        const QByteArray raw = m_data.mid(start, m_pos - start);
        ++m_pos;
        return raw;
    }

    // Skips one value of any depth, without recursion.
    void skipValue()
    {
        skipSpace();
        int depth = 0;
        do {
            const char c = peek();
            if (c == '\0')
                return;
            if (c == '"') {
                string();
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (depth == 0
                       && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return;
            }
            ++m_pos;
        } while (depth > 0
                 || (peek() != ',' && peek() != '}' && peek() != ']' && peek() != '\0'
                     && peek() != ' ' && peek() != '\n' && peek() != '\r' && peek() != '\t'));
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

QString decodeKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return doc.array().at(0).toString();
}

} // namespace

qsizetype offsetOf(const QByteArray &json, const QStringList &path)
{
    Scanner s(json);
    s.skipSpace();
    qsizetype found = s.position();
    for (const QString &segment : path) {
        bool located = false;
        if (s.peek() == '{') {
            s.advance();
            while (!located) {
                s.skipSpace();
                if (s.peek() != '"')
                    return found;
                const QString key = decodeKey(s.string());
                s.skipSpace();
                if (s.peek() != ':')
                    return found;
                s.advance();
                s.skipSpace();
                if (key == segment) {
                    located = true;
                    break;
                }
                s.skipValue();
                s.skipSpace();
                if (s.peek() != ',')
                    return found;
                s.advance();
            }
        } else if (s.peek() == '[') {
            bool ok = false;
            const int index = segment.toInt(&ok);
            if (!ok)
                return found;
            s.advance();
            for (int i = 0; !located; ++i) {
                s.skipSpace();
                if (s.peek() == ']' || s.peek() == '\0')
                    return found;
                if (i == index) {
                    located = true;
                    break;
                }
                s.skipValue();
                s.skipSpace();
                if (s.peek() != ',')
                    return found;
                s.advance();
            }
        }
        if (!located)
            return found;
        found = s.position();
    }
    return found;
}

std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace kd::JsonLocator
