#include "jsonstreamreader.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

// Throughput, measured by hand (not a test: timings depend on the machine). On the 2-core build
// machine, shared and under load, RelWithDebInfo: KD_JSON_STREAM_MB=500 tst_jsonstreamreader
// largeDocumentStreams (500 MB of indented package-like objects from a generator, a QString made
// for every string value) took 2.1-3.1 s, 160-240 MB/s, in a 11 MB process. Tokens alone over a
// 300 MB document in memory ran at 260-380 MB/s, where QJsonDocument::fromJson ran at 47 MB/s
// and needed 1.2 GB beyond the document. Making a QString for every member name as well costs
// about a third more: compare names through utf8Text().

namespace kd {
namespace {

// Large enough that the ReadFunction's cost per call vanishes, small enough to stay in the cache
// while it is scanned.
constexpr qsizetype BufferSize = 64 * 1024;
// Up to this many members, an object's names are searched by plain comparison: cheaper than
// hashing for the small objects that make up nearly all of a package.
constexpr qsizetype LinearNames = 16;
// A NameSet that grew past this lets its memory go when its object ends, rather than keeping it
// for the next object at the same depth.
constexpr qint64 KeptNameBytes = 1024 * 1024;
// In messages, a member name or a number is cut after this many characters.
constexpr qsizetype ShownNameLength = 80;

// The first byte at or after p that is not plain string content: a quote, a backslash, a control
// character or a non-ASCII byte. Eight bytes at a time: package text is mostly long ASCII runs.
// The bit tricks may flag bytes above a real match (a borrow runs upwards), never below one, so
// the lowest flagged byte is exact.
const char *scanPlain(const char *p, const char *end)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr quint64 Ones = 0x0101010101010101ULL;
        constexpr quint64 Highs = 0x8080808080808080ULL;
        while (end - p >= 8) {
            quint64 v;
            std::memcpy(&v, p, 8);
            const quint64 quote = v ^ (Ones * '"');
            const quint64 backslash = v ^ (Ones * '\\');
            const quint64 stop = (((quote - Ones) & ~quote) | ((backslash - Ones) & ~backslash)
                                  | ((v - Ones * 0x20) & ~v) | v)
                                 & Highs;
            if (stop)
                return p + std::countr_zero(stop) / 8;
            p += 8;
        }
    }
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
            return p;
    }
    return p;
}

constexpr quint64 Spaces = 0x2020202020202020ULL;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// XML 1.0's Char production, for the characters JSON can carry: tab, LF and CR are the only
// control characters, and U+FFFE and U+FFFF are out. (Surrogates cannot get this far.)
bool isXmlChar(char32_t code)
{
    if (code < 0x20)
        return code == 0x09 || code == 0x0A || code == 0x0D;
    return code != 0xFFFE && code != 0xFFFF;
}

QString codePoint(char32_t code)
{
    return QStringLiteral("%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
}

int encodeUtf8(char32_t code, char *out)
{
    if (code < 0x80) {
        out[0] = char(code);
        return 1;
    }
    if (code < 0x800) {
        out[0] = char(0xC0 | (code >> 6));
        out[1] = char(0x80 | (code & 0x3F));
        return 2;
    }
    if (code < 0x10000) {
        out[0] = char(0xE0 | (code >> 12));
        out[1] = char(0x80 | ((code >> 6) & 0x3F));
        out[2] = char(0x80 | (code & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (code >> 18));
    out[1] = char(0x80 | ((code >> 12) & 0x3F));
    out[2] = char(0x80 | ((code >> 6) & 0x3F));
    out[3] = char(0x80 | (code & 0x3F));
    return 4;
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    // memcmp may not see a null pointer, even for no bytes: an empty name has no data.
    return a.size() == b.size()
           && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

// QJsonObject keeps its keys sorted and inserts by moving the ones behind: inserting in sorted
// order appends, so a large object costs n log n, not n squared. Duplicates are refused earlier.
QJsonObject objectOf(std::vector<std::pair<QString, QJsonValue>> *members)
{
    std::sort(members->begin(), members->end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonObject object;
    for (auto &[name, value] : *members)
        object.insert(name, value);
    return object;
}

} // namespace

// ---- NameSet ------------------------------------------------------------------------------------

void JsonStreamReader::NameSet::clear()
{
    if (heldBytes() > KeptNameBytes) {
        std::vector<char>().swap(m_bytes);
        std::vector<std::pair<qsizetype, qsizetype>>().swap(m_names);
        std::vector<qsizetype>().swap(m_table);
        return;
    }
    m_bytes.clear();
    m_names.clear();
    m_table.clear();
}

QByteArrayView JsonStreamReader::NameSet::at(qsizetype index) const
{
    const auto &[offset, size] = m_names[size_t(index)];
    return QByteArrayView(m_bytes.data() + offset, size);
}

bool JsonStreamReader::NameSet::insert(QByteArrayView name)
{
    const qsizetype count = qsizetype(m_names.size());
    // The process's random seed: an attacker cannot choose names that all land in one slot.
    const size_t hash = m_table.empty() ? 0 : qHash(name, QHashSeed::globalSeed());
    if (m_table.empty()) {
        for (qsizetype i = 0; i < count; ++i) {
            if (sameBytes(at(i), name))
                return false;
        }
    } else {
        const size_t mask = m_table.size() - 1;
        for (size_t slot = hash & mask; m_table[slot] != 0; slot = (slot + 1) & mask) {
            if (sameBytes(at(m_table[slot] - 1), name))
                return false;
        }
    }

    m_names.emplace_back(qsizetype(m_bytes.size()), name.size());
    m_bytes.insert(m_bytes.end(), name.begin(), name.end());
    if (m_table.empty()) {
        if (count + 1 > LinearNames)
            rebuildTable(4 * LinearNames);
    } else if (size_t(count + 1) * 2 > m_table.size()) {
        rebuildTable(qsizetype(m_table.size()) * 2);
    } else {
        const size_t mask = m_table.size() - 1;
        size_t slot = hash & mask;
        while (m_table[slot] != 0)
            slot = (slot + 1) & mask;
        m_table[slot] = count + 1;
    }
    return true;
}

// slotCount: a power of two, at least twice the names, so that probing ends quickly.
void JsonStreamReader::NameSet::rebuildTable(qsizetype slotCount)
{
    m_table.assign(size_t(slotCount), 0);
    const size_t mask = size_t(slotCount) - 1;
    for (qsizetype i = 0; i < qsizetype(m_names.size()); ++i) {
        size_t slot = qHash(at(i), QHashSeed::globalSeed()) & mask;
        while (m_table[slot] != 0)
            slot = (slot + 1) & mask;
        m_table[slot] = i + 1;
    }
}

qint64 JsonStreamReader::NameSet::heldBytes() const
{
    return qint64(m_bytes.capacity() + m_names.capacity() * sizeof(m_names[0])
                  + m_table.capacity() * sizeof(m_table[0]));
}

// ---- Set-up and input ---------------------------------------------------------------------------

JsonStreamReader::JsonStreamReader(ReadFunction read, Limits limits)
    : m_read(std::move(read))
    , m_limits(limits)
    , m_buffer(new char[BufferSize])
{
    m_limits.maxStringBytes = std::max<qsizetype>(m_limits.maxStringBytes, 0);
    m_limits.maxDepth = std::max(m_limits.maxDepth, 0);
    m_limits.maxInputBytes = std::max<qint64>(m_limits.maxInputBytes, 0);
    m_pos = m_end = m_buffer.get();
}

JsonStreamReader::JsonStreamReader(const QByteArray &data, Limits limits)
    : JsonStreamReader(
        [data, used = qsizetype(0)](char *buffer, qint64 max) mutable -> qint64 {
            const qsizetype count = qsizetype(std::min<qint64>(max, data.size() - used));
            std::memcpy(buffer, data.constData() + used, size_t(count));
            used += count;
            return count;
        },
        limits)
{}

JsonStreamReader::JsonStreamReader(const QByteArray &data)
    : JsonStreamReader(data, Limits())
{}

JsonStreamReader::~JsonStreamReader() = default;

// Moves the unread bytes to the front and reads once more behind them. False at the end of the
// input, on a read error, or at the size limit: m_input says which.
bool JsonStreamReader::readMore()
{
    if (m_input != Input::Open)
        return false;
    char *begin = m_buffer.get();
    const qsizetype kept = m_end - m_pos;
    if (m_pos != begin) {
        std::memmove(begin, m_pos, size_t(kept));
        m_bufferOffset += m_pos - begin;
        m_pos = begin;
        m_end = begin + kept;
    }
    const qint64 allowed = m_limits.maxInputBytes - m_totalRead;
    qint64 room = BufferSize - kept;
    // One byte beyond the limit tells a document that ends exactly there from a longer one.
    if (allowed < room)
        room = allowed + 1;
    const qint64 count = m_read(begin + kept, room);
    if (count < 0 || count > room) {
        m_input = Input::ReadError;
        return false;
    }
    if (count == 0) {
        m_input = Input::End;
        return false;
    }
    qint64 used = count;
    if (count > allowed) {
        used = allowed;
        m_input = Input::TooLong;
    }
    m_totalRead += used;
    m_end += used;
    return used > 0;
}

// At least count bytes from m_pos on, unless the input stops first. m_pos may move.
bool JsonStreamReader::ensure(qsizetype count)
{
    while (m_end - m_pos < count) {
        if (!readMore())
            return false;
    }
    return true;
}

// No byte left at m_pos, not even after reading.
bool JsonStreamReader::atEnd()
{
    return m_pos == m_end && !readMore();
}

inline qint64 JsonStreamReader::offsetOf(const char *p) const
{
    return m_bufferOffset + (p - m_buffer.get());
}

inline JsonStreamReader::Position JsonStreamReader::positionOf(const char *p) const
{
    const qint64 offset = offsetOf(p);
    const qint64 column = offset - m_lineStart - m_lineContinuations + 1;
    constexpr qint64 Max = std::numeric_limits<int>::max();
    return {offset, int(std::min(m_line, Max)), int(std::min(column, Max))};
}

qint64 JsonStreamReader::heldBytes() const
{
    qint64 held = BufferSize + m_stringCapacity + qint64(m_levels.capacity() * sizeof(Level));
    for (const Level &level : m_levels)
        held += level.names.heldBytes();
    return held;
}

// ---- Tokens -------------------------------------------------------------------------------------

JsonStreamReader::Token JsonStreamReader::next()
{
    if (m_token == Token::Error || m_token == Token::EndDocument)
        return m_token;
    if (m_token == Token::None && !checkStart())
        return m_token;
    for (;;) {
        if (!skipWhitespace()) {
            m_position = positionOf(m_pos);
            if (m_expect == Expect::End && m_input == Input::End)
                return set(Token::EndDocument);
            return failAtEnd();
        }
        m_position = positionOf(m_pos);
        const auto c = static_cast<unsigned char>(*m_pos);
        switch (m_expect) {
        case Expect::FirstValueOrEnd:
            if (c == ']')
                return endContainer();
            return beginValue(c);
        case Expect::Value:
            return beginValue(c);
        case Expect::FirstNameOrEnd:
            if (c == '}')
                return endContainer();
            [[fallthrough]];
        case Expect::Name:
            if (c != '"')
                return failUnexpected();
            if (!readString(StringKind::Name) || !checkName())
                return m_token;
            m_expect = Expect::Colon;
            return set(Token::Name);
        case Expect::Colon:
            if (c != ':')
                return failUnexpected();
            ++m_pos;
            m_expect = Expect::Value;
            continue;
        case Expect::CommaOrEnd: {
            const bool object = m_levels[size_t(m_depth - 1)].object;
            if (c == ',') {
                ++m_pos;
                m_expect = object ? Expect::Name : Expect::Value;
                continue;
            }
            if (c == (object ? '}' : ']'))
                return endContainer();
            return failUnexpected();
        }
        case Expect::End:
            return failUnexpected();
        }
    }
}

JsonStreamReader::Token JsonStreamReader::set(Token token)
{
    m_token = token;
    return token;
}

// A BOM is refused by name rather than as an unexpected character: editors add it unasked, and
// the person who saved the file should learn what to change.
bool JsonStreamReader::checkStart()
{
    ensure(3);
    if (m_end - m_pos >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0) {
        failAt(
            m_pos,
            QCoreApplication::translate(
                "kd::JsonStreamReader",
                "the input starts with a UTF-8 byte order mark (BOM), which JSON does not allow"));
        return false;
    }
    return true;
}

// True at the next byte that is not JSON whitespace; false when the input has none left.
bool JsonStreamReader::skipWhitespace()
{
    for (;;) {
        const char *p = m_pos;
        while (p < m_end) {
            const char c = *p;
            if (c == ' ') {
                ++p;
                // Indentation comes in runs of spaces: eight at a time.
                quint64 eight;
                while (m_end - p >= 8 && (std::memcpy(&eight, p, 8), eight == Spaces))
                    p += 8;
            } else if (c == '\t' || c == '\r') {
                ++p;
            } else if (c == '\n') {
                ++p;
                ++m_line;
                m_lineStart = offsetOf(p);
                m_lineContinuations = 0;
            } else {
                m_pos = p;
                return true;
            }
        }
        m_pos = p;
        if (!readMore())
            return false;
    }
}

JsonStreamReader::Token JsonStreamReader::beginValue(unsigned char c)
{
    switch (c) {
    case '{':
        return beginContainer(true);
    case '[':
        return beginContainer(false);
    case '"':
        if (!readString(StringKind::String))
            return m_token;
        return afterValue(Token::String);
    case 't':
        if (!readLiteral("true"))
            return m_token;
        m_boolean = true;
        return afterValue(Token::Bool);
    case 'f':
        if (!readLiteral("false"))
            return m_token;
        m_boolean = false;
        return afterValue(Token::Bool);
    case 'n':
        if (!readLiteral("null"))
            return m_token;
        return afterValue(Token::Null);
    default:
        if (c == '-' || isDigit(char(c))) {
            if (!readNumber())
                return m_token;
            return afterValue(Token::Number);
        }
        return failUnexpected();
    }
}

JsonStreamReader::Token JsonStreamReader::beginContainer(bool object)
{
    if (m_depth >= m_limits.maxDepth) {
        return failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader",
                                                         "the nesting is deeper than %1 levels")
                                 .arg(m_limits.maxDepth));
    }
    ++m_pos;
    if (m_levels.size() == size_t(m_depth))
        m_levels.emplace_back();
    m_levels[size_t(m_depth)].object = object;
    ++m_depth;
    m_expect = object ? Expect::FirstNameOrEnd : Expect::FirstValueOrEnd;
    return set(object ? Token::BeginObject : Token::BeginArray);
}

JsonStreamReader::Token JsonStreamReader::endContainer()
{
    ++m_pos;
    Level &level = m_levels[size_t(--m_depth)];
    level.names.clear();
    return afterValue(level.object ? Token::EndObject : Token::EndArray);
}

JsonStreamReader::Token JsonStreamReader::afterValue(Token token)
{
    m_expect = m_depth == 0 ? Expect::End : Expect::CommaOrEnd;
    return set(token);
}

bool JsonStreamReader::checkName()
{
    const QByteArrayView name(m_string.get(), m_stringSize);
    if (m_levels[size_t(m_depth - 1)].names.insert(name))
        return true;
    QString shown = QString::fromUtf8(name);
    if (shown.size() > ShownNameLength)
        shown = shown.left(ShownNameLength) + QChar(0x2026);
    fail(m_position,
         QCoreApplication::translate("kd::JsonStreamReader", "duplicate member name \"%1\"")
             .arg(shown));
    return false;
}

// At the opening quote. Runs of plain ASCII are copied whole; everything else a character at a
// time. The validated UTF-8 gathers in m_string, from which text() makes the QString at once.
bool JsonStreamReader::readString(StringKind kind)
{
    m_stringKind = kind;
    m_stringSize = 0;
    ++m_pos;
    for (;;) {
        const char *start = m_pos;
        const char *p = scanPlain(start, m_end);
        if (p != start && !appendRun(start, p - start))
            return false;
        m_pos = p;
        if (p == m_end) {
            if (!readMore()) {
                failAtEnd();
                return false;
            }
            continue;
        }
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            if (!readEscape())
                return false;
        } else if (c < 0x20) {
            if (c == '\t' || c == '\n' || c == '\r') {
                failAt(p, QCoreApplication::translate("kd::JsonStreamReader",
                                                      "control character U+%1 must be escaped in "
                                                      "a string")
                              .arg(codePoint(c)));
            } else {
                failAt(p, QCoreApplication::translate("kd::JsonStreamReader",
                                                      "control character U+%1 is not allowed")
                              .arg(codePoint(c)));
            }
            return false;
        } else if (!readUtf8()) {
            return false;
        }
    }
}

// At a backslash in a string. Errors point at the backslash: the escape as a whole is wrong.
bool JsonStreamReader::readEscape()
{
    if (!ensure(2)) {
        failAtEnd();
        return false;
    }
    char decoded = 0;
    switch (m_pos[1]) {
    case '"':
    case '\\':
    case '/':
        decoded = m_pos[1];
        break;
    case 'n':
        decoded = '\n';
        break;
    case 'r':
        decoded = '\r';
        break;
    case 't':
        decoded = '\t';
        break;
    case 'b':
        failNotXml(m_pos, 0x08);
        return false;
    case 'f':
        failNotXml(m_pos, 0x0C);
        return false;
    case 'u':
        return readUnicodeEscape();
    default: {
        const auto c = static_cast<unsigned char>(m_pos[1]);
        if (c > 0x20 && c < 0x7F) {
            failAt(m_pos,
                   QCoreApplication::translate("kd::JsonStreamReader", "invalid escape \"\\%1\"")
                       .arg(QLatin1Char(char(c))));
        } else if (c < 0x80) {
            failAt(m_pos,
                   QCoreApplication::translate("kd::JsonStreamReader",
                                               "invalid escape: a backslash followed by U+%1")
                       .arg(codePoint(c)));
        } else {
            failAt(m_pos, QCoreApplication::translate(
                              "kd::JsonStreamReader",
                              "invalid escape: a backslash followed by a non-ASCII character"));
        }
        return false;
    }
    }
    if (!appendChar(&decoded, 1, m_pos))
        return false;
    m_pos += 2;
    return true;
}

// At "\u". A high surrogate must have a "\u" with a low one right behind it; anything else is an
// error, never U+FFFD, so that no content changes silently on its way in.
bool JsonStreamReader::readUnicodeEscape()
{
    const auto failHex = [this](const char *escape) {
        failAt(escape, QCoreApplication::translate("kd::JsonStreamReader",
                                                   "invalid \\u escape: expected four hex digits"));
        return false;
    };
    const auto failSurrogate = [this](char32_t code) {
        failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader",
                                                  "invalid \\u escape: lone surrogate U+%1")
                          .arg(codePoint(code)));
        return false;
    };
    // The hex digits of the escape at offset from m_pos, as far as the input has them.
    const auto hex = [this](qsizetype at, char32_t *code) {
        const qsizetype available = std::min<qsizetype>(at + 6, m_end - m_pos);
        *code = 0;
        for (qsizetype i = at + 2; i < available; ++i) {
            const int digit = hexValue(m_pos[i]);
            if (digit < 0)
                return false;
            *code = (*code << 4) | char32_t(digit);
        }
        return true;
    };

    ensure(6);
    char32_t code = 0;
    if (!hex(0, &code))
        return failHex(m_pos);
    if (m_end - m_pos < 6) {
        failAtEnd();
        return false;
    }
    if (code >= 0xDC00 && code <= 0xDFFF)
        return failSurrogate(code);
    qsizetype length = 6;
    if (code >= 0xD800 && code <= 0xDBFF) {
        ensure(12);
        const qsizetype available = m_end - m_pos;
        if ((available > 6 && m_pos[6] != '\\') || (available > 7 && m_pos[7] != 'u'))
            return failSurrogate(code);
        char32_t low = 0;
        if (!hex(6, &low))
            return failHex(m_pos + 6);
        if (available < 12) {
            failAtEnd();
            return false;
        }
        if (low < 0xDC00 || low > 0xDFFF)
            return failSurrogate(code);
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        length = 12;
    } else if (!isXmlChar(code)) {
        failNotXml(m_pos, code);
        return false;
    }
    char bytes[4];
    if (!appendChar(bytes, encodeUtf8(code, bytes), m_pos))
        return false;
    m_pos += length;
    return true;
}

// At a byte of 0x80 or more: the character it starts, checked as RFC 3629 says (no overlong
// forms, no surrogates, nothing above U+10FFFF, nothing cut short).
JsonStreamReader::Utf8 JsonStreamReader::decodeUtf8(char32_t *code, qsizetype *length)
{
    const auto lead = static_cast<unsigned char>(*m_pos);
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    qsizetype size = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        size = 2;
        *code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        size = 3;
        *code = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0; // overlong below
        else if (lead == 0xED)
            high = 0x9F; // U+D800-U+DFFF above
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        size = 4;
        *code = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90; // overlong below
        else if (lead == 0xF4)
            high = 0x8F; // beyond U+10FFFF above
    } else {
        return Utf8::Invalid;
    }
    const bool complete = ensure(size);
    const qsizetype available = std::min(size, qsizetype(m_end - m_pos));
    for (qsizetype i = 1; i < available; ++i) {
        const auto c = static_cast<unsigned char>(m_pos[i]);
        if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
            return Utf8::Invalid;
        *code = (*code << 6) | (c & 0x3F);
    }
    if (!complete)
        return m_input == Input::End ? Utf8::Invalid : Utf8::Cut;
    *length = size;
    return Utf8::Ok;
}

// At a non-ASCII byte in a string.
bool JsonStreamReader::readUtf8()
{
    char32_t code = 0;
    qsizetype length = 0;
    switch (decodeUtf8(&code, &length)) {
    case Utf8::Invalid:
        failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader", "invalid UTF-8"));
        return false;
    case Utf8::Cut:
        failAtEnd();
        return false;
    case Utf8::Ok:
        break;
    }
    if (!isXmlChar(code)) {
        failNotXml(m_pos, code);
        return false;
    }
    if (!appendChar(m_pos, length, m_pos))
        return false;
    m_lineContinuations += length - 1;
    m_pos += length;
    return true;
}

// The byte at m_pos, -1 at the end of the input; -2 (with the error set) when a read error or
// the size limit stops the input instead, because then the token cannot be known to end here.
int JsonStreamReader::peekByte()
{
    if (!atEnd())
        return static_cast<unsigned char>(*m_pos);
    if (m_input == Input::End)
        return -1;
    failAtEnd();
    return -2;
}

// Appends a run of digits; at least one when required.
bool JsonStreamReader::readDigits()
{
    int c = peekByte();
    if (c == -2)
        return false;
    if (c < 0 || !isDigit(char(c))) {
        if (c < 0)
            failAtEnd();
        else
            failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader",
                                                      "invalid number: expected a digit"));
        return false;
    }
    for (;;) {
        const char *start = m_pos;
        const char *p = start;
        while (p < m_end && isDigit(*p))
            ++p;
        if (!appendRun(start, p - start))
            return false;
        m_pos = p;
        if (p < m_end)
            return true;
        c = peekByte();
        if (c == -2)
            return false;
        if (c < 0 || !isDigit(char(c)))
            return true;
    }
}

// RFC 8259: [ "-" ] ( "0" / 1-9 *DIGIT ) [ "." 1*DIGIT ] [ ( "e" / "E" ) [ "-" / "+" ] 1*DIGIT ].
// The text is kept as written; readValue() converts it the way QJsonDocument does.
bool JsonStreamReader::readNumber()
{
    m_stringKind = StringKind::Number;
    m_stringSize = 0;
    const auto takeOne = [this]() {
        if (!appendRun(m_pos, 1))
            return false;
        ++m_pos;
        return true;
    };
    if (*m_pos == '-' && !takeOne())
        return false;
    int c = peekByte();
    if (c == '0') {
        if (!takeOne())
            return false;
        c = peekByte();
        if (c >= 0 && isDigit(char(c))) {
            failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader",
                                                      "a number must not have leading zeros"));
            return false;
        }
    } else {
        if (!readDigits())
            return false;
        c = peekByte();
    }
    if (c == '.') {
        if (!takeOne() || !readDigits())
            return false;
        c = peekByte();
    }
    if (c == 'e' || c == 'E') {
        if (!takeOne())
            return false;
        c = peekByte();
        if ((c == '+' || c == '-') && !takeOne())
            return false;
        if (!readDigits())
            return false;
        c = peekByte();
    }
    return c != -2;
}

// At the literal's first letter, which beginValue() has seen.
bool JsonStreamReader::readLiteral(QByteArrayView literal)
{
    ++m_pos;
    for (qsizetype i = 1; i < literal.size(); ++i) {
        if (atEnd()) {
            failAtEnd();
            return false;
        }
        if (*m_pos != literal[i]) {
            failUnexpected();
            return false;
        }
        ++m_pos;
    }
    return true;
}

// Appends bytes that are each a character of their own (ASCII), so that the limit is reported
// at the very character that passes it.
bool JsonStreamReader::appendRun(const char *run, qsizetype size)
{
    if (size > m_limits.maxStringBytes - m_stringSize) {
        failTooLong(run + (m_limits.maxStringBytes - m_stringSize));
        return false;
    }
    reserveString(m_stringSize + size);
    std::memcpy(m_string.get() + m_stringSize, run, size_t(size));
    m_stringSize += size;
    return true;
}

// Appends one character's UTF-8 bytes; where: the character in the input.
bool JsonStreamReader::appendChar(const char *bytes, qsizetype size, const char *where)
{
    if (size > m_limits.maxStringBytes - m_stringSize) {
        failTooLong(where);
        return false;
    }
    reserveString(m_stringSize + size);
    std::memcpy(m_string.get() + m_stringSize, bytes, size_t(size));
    m_stringSize += size;
    return true;
}

// Grows by doubling, but never past the limit: an endless string costs the limit, no more.
void JsonStreamReader::reserveString(qsizetype needed)
{
    if (needed <= m_stringCapacity)
        return;
    const qsizetype capacity = std::min(std::max({needed, 2 * m_stringCapacity, qsizetype(256)}),
                                        m_limits.maxStringBytes);
    std::unique_ptr<char[]> grown(new char[size_t(capacity)]);
    if (m_stringSize > 0)
        std::memcpy(grown.get(), m_string.get(), size_t(m_stringSize));
    m_string = std::move(grown);
    m_stringCapacity = capacity;
}

// ---- Errors -------------------------------------------------------------------------------------

JsonStreamReader::Token JsonStreamReader::fail(const Position &where, const QString &message)
{
    m_position = where;
    m_error = message;
    return set(Token::Error);
}

JsonStreamReader::Token JsonStreamReader::failAt(const char *p, const QString &message)
{
    return fail(positionOf(p), message);
}

// The input stopped: it ended, could not be read, or reached the size limit.
JsonStreamReader::Token JsonStreamReader::failAtEnd()
{
    switch (m_input) {
    case Input::ReadError:
        return failAt(m_end, QCoreApplication::translate("kd::JsonStreamReader",
                                                         "the input could not be read"));
    case Input::TooLong:
        return failAt(m_end, QCoreApplication::translate("kd::JsonStreamReader",
                                                         "the input is longer than %1 bytes")
                                 .arg(m_limits.maxInputBytes));
    case Input::Open:
    case Input::End:
        break;
    }
    return failAt(m_end,
                  QCoreApplication::translate("kd::JsonStreamReader", "unexpected end of input"));
}

// The character at m_pos, which the grammar has no place for. Control characters are named by code
// point, as they would not show in the message.
JsonStreamReader::Token JsonStreamReader::failUnexpected()
{
    const auto c = static_cast<unsigned char>(*m_pos);
    if (c < 0x80) {
        if (c < 0x20 || c == 0x7F) {
            return failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader",
                                                             "unexpected character U+%1")
                                     .arg(codePoint(c)));
        }
        return failAt(
            m_pos, QCoreApplication::translate("kd::JsonStreamReader", "unexpected character '%1'")
                       .arg(QLatin1Char(char(c))));
    }
    char32_t code = 0;
    qsizetype length = 0;
    switch (decodeUtf8(&code, &length)) {
    case Utf8::Invalid:
        return failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader", "invalid UTF-8"));
    case Utf8::Cut:
        return failAtEnd();
    case Utf8::Ok:
        break;
    }
    return failAt(m_pos, QCoreApplication::translate("kd::JsonStreamReader",
                                                     "unexpected character '%1' (U+%2)")
                             .arg(QString::fromUcs4(&code, 1), codePoint(code)));
}

void JsonStreamReader::failNotXml(const char *p, char32_t code)
{
    failAt(p, QCoreApplication::translate("kd::JsonStreamReader",
                                          "character U+%1 is not allowed (XML 1.0 cannot hold it)")
                  .arg(codePoint(code)));
}

void JsonStreamReader::failTooLong(const char *p)
{
    const qsizetype limit = m_limits.maxStringBytes;
    switch (m_stringKind) {
    case StringKind::String:
        failAt(p, QCoreApplication::translate("kd::JsonStreamReader",
                                              "the string is longer than %1 bytes")
                      .arg(limit));
        break;
    case StringKind::Name:
        failAt(p, QCoreApplication::translate("kd::JsonStreamReader",
                                              "the member name is longer than %1 bytes")
                      .arg(limit));
        break;
    case StringKind::Number:
        failAt(p, QCoreApplication::translate("kd::JsonStreamReader",
                                              "the number is longer than %1 bytes")
                      .arg(limit));
        break;
    }
}

QString JsonStreamReader::locatedErrorString() const
{
    if (m_error.isEmpty())
        return {};
    return QCoreApplication::translate("kd::JsonStreamReader", "line %1, column %2 (byte %3): %4")
        .arg(m_position.line)
        .arg(m_position.column)
        .arg(m_position.offset)
        .arg(m_error);
}

// ---- Values -------------------------------------------------------------------------------------

QString JsonStreamReader::text() const
{
    if (m_token != Token::Name && m_token != Token::String)
        return {};
    return QString::fromUtf8(m_string.get(), m_stringSize);
}

QByteArrayView JsonStreamReader::utf8Text() const
{
    if (m_token != Token::Name && m_token != Token::String)
        return {};
    return QByteArrayView(m_string.get(), m_stringSize);
}

QByteArray JsonStreamReader::numberText() const
{
    if (m_token != Token::Number)
        return {};
    return QByteArray(m_string.get(), m_stringSize);
}

bool JsonStreamReader::skipValue()
{
    switch (m_token) {
    case Token::String:
    case Token::Number:
    case Token::Bool:
    case Token::Null:
        return true;
    case Token::BeginObject:
    case Token::BeginArray:
        break;
    default:
        failNoValue();
        return false;
    }
    const int outside = m_depth - 1;
    while (m_depth > outside) {
        if (next() == Token::Error)
            return false;
    }
    return true;
}

bool JsonStreamReader::readValue(QJsonValue *value)
{
    switch (m_token) {
    case Token::String:
    case Token::Number:
    case Token::Bool:
    case Token::Null:
        return scalarValue(value);
    case Token::BeginObject:
    case Token::BeginArray:
        break;
    default:
        failNoValue();
        return false;
    }

    // A loop over a stack of open containers, not recursion: maxDepth is the caller's to raise.
    struct Open
    {
        bool object = false;
        QJsonArray array;
        std::vector<std::pair<QString, QJsonValue>> members;
        QString name;
    };
    std::vector<Open> open;
    open.push_back(Open{m_token == Token::BeginObject, {}, {}, {}});
    for (;;) {
        QJsonValue done;
        switch (next()) {
        case Token::Name:
            open.back().name = text();
            continue;
        case Token::BeginObject:
        case Token::BeginArray:
            open.push_back(Open{m_token == Token::BeginObject, {}, {}, {}});
            continue;
        case Token::EndObject:
        case Token::EndArray:
            done = open.back().object ? QJsonValue(objectOf(&open.back().members))
                                      : QJsonValue(open.back().array);
            open.pop_back();
            if (open.empty()) {
                *value = done;
                return true;
            }
            break;
        case Token::String:
        case Token::Number:
        case Token::Bool:
        case Token::Null:
            if (!scalarValue(&done))
                return false;
            break;
        default: // Error: nothing else can come inside a value
            return false;
        }
        Open &top = open.back();
        if (top.object)
            top.members.emplace_back(std::move(top.name), std::move(done));
        else
            top.array.append(done);
    }
}

// The current scalar token as QJsonDocument would make it: an integer that fits in qint64 stays
// one, and so does an integral double; a number a double cannot hold is refused as Qt does.
bool JsonStreamReader::scalarValue(QJsonValue *value)
{
    switch (m_token) {
    case Token::String:
        *value = text();
        return true;
    case Token::Bool:
        *value = m_boolean;
        return true;
    case Token::Null:
        *value = QJsonValue(QJsonValue::Null);
        return true;
    case Token::Number:
        break;
    default:
        return false;
    }
    const QByteArray number = QByteArray::fromRawData(m_string.get(), m_stringSize);
    bool ok = false;
    if (!number.contains('.') && !number.contains('e') && !number.contains('E')) {
        const qint64 integer = number.toLongLong(&ok);
        if (ok) {
            *value = QJsonValue(integer);
            return true;
        }
    }
    const double real = number.toDouble(&ok);
    if (!ok || !std::isfinite(real)) {
        fail(m_position,
             QCoreApplication::translate("kd::JsonStreamReader", "the number %1 is out of range")
                 .arg(QString::fromLatin1(number.left(ShownNameLength))
                      + (number.size() > ShownNameLength ? QString(QChar(0x2026)) : QString())));
        return false;
    }
    constexpr double Limit = 9223372036854775808.0; // 2^63
    if (std::trunc(real) == real && real >= -Limit && real < Limit)
        *value = QJsonValue(qint64(real));
    else
        *value = real;
    return true;
}

void JsonStreamReader::failNoValue()
{
    if (m_token == Token::Error)
        return;
    fail(m_position, QCoreApplication::translate("kd::JsonStreamReader",
                                                 "the current token does not begin a value"));
}

} // namespace kd
