#include "sitehtml.h"

#include "text/wordscan.h"

#include <md4c.h>

#include <QStringDecoder>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kd::SiteHtml {

namespace {

// The characters escape() replaces are all below 64: one bit each.
constexpr quint64 kSpecial = (quint64(1) << u'&') | (quint64(1) << u'<') | (quint64(1) << u'>')
                             | (quint64(1) << u'"') | (quint64(1) << u'\'');

Q_ALWAYS_INLINE bool isSpecial(char16_t c)
{
    return c < 64 && ((kSpecial >> c) & 1);
}

// The place of the first of the five in text from `at` on, or the text's size. Every text of
// the site passes here: eight characters at a time where the processor can.
qsizetype nextSpecial(QStringView text, qsizetype at)
{
    const auto *characters = reinterpret_cast<const char16_t *>(text.data());
    const qsizetype size = text.size();
#if defined(__SSE2__)
    const __m128i amp = _mm_set1_epi16(u'&');
    const __m128i lt = _mm_set1_epi16(u'<');
    const __m128i gt = _mm_set1_epi16(u'>');
    const __m128i quot = _mm_set1_epi16(u'"');
    const __m128i apos = _mm_set1_epi16(u'\'');
    for (; at + 8 <= size; at += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(characters + at));
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(v, amp), _mm_cmpeq_epi16(v, lt)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, gt), _mm_cmpeq_epi16(v, quot)),
                         _mm_cmpeq_epi16(v, apos)));
        if (_mm_movemask_epi8(hit) != 0)
            break;
    }
#endif
    while (at < size && !isSpecial(characters[at]))
        ++at;
    return at;
}

} // namespace

void appendEscaped(QString &out, QStringView text)
{
    qsizetype written = 0;
    for (qsizetype at = nextSpecial(text, 0); at < text.size(); at = nextSpecial(text, at + 1)) {
        out += text.mid(written, at - written);
        switch (text.at(at).unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += QLatin1String("&#39;");
            break;
        }
        written = at + 1;
    }
    out += text.mid(written);
}

QString escape(const QString &text)
{
    // Most texts hold none of the five: they are returned as they are, without a copy.
    if (nextSpecial(text, 0) == text.size())
        return text;
    QString out;
    out.reserve(text.size() + text.size() / 8 + 8);
    appendEscaped(out, text);
    return out;
}

bool isSafeLink(const QString &url)
{
    const QString trimmed = url.trimmed();
    return trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
           || trimmed.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

namespace {

// A hyphen joins a compound ("KNMG-meldcode"): a term inside one is not a use of the term.
Q_ALWAYS_INLINE bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) // most of a Dutch text: no table lookup
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
               || u == u'_' || u == u'-';
    return c.isLetterOrNumber();
}

using WordScan::lowerOf;

// A term in lower case a character at a time, as readsTerm() compares: the length stays the
// term's ("İ" is "i", not "i" and a dot above); a letter outside the BMP keeps its case.
QString lowered(QStringView text)
{
    QString lower(text.size(), Qt::Uninitialized);
    std::transform(text.begin(), text.end(), lower.begin(),
                   [](QChar c) { return QChar(lowerOf(c)); });
    return lower;
}

// Whether text at `at` reads `lowerTerm` in any case: compared a character at a time, so a text
// is never lowered as a whole (most of a text starts no term).
bool readsTerm(QStringView text, qsizetype at, QStringView lowerTerm)
{
    if (text.size() - at < lowerTerm.size())
        return false;
    for (qsizetype i = 0; i < lowerTerm.size(); ++i) {
        if (lowerOf(text.at(at + i)) != lowerTerm.at(i).unicode())
            return false;
    }
    return true;
}

// The character an entity md4c recognised stands for; the entity itself, escaped, when it is
// none of the few a formatted field uses.
QString entity(const QString &raw)
{
    if (raw.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const bool hex = raw.size() > 3 && (raw.at(2) == u'x' || raw.at(2) == u'X');
        const uint code
            = raw.mid(hex ? 3 : 2, raw.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)
            && code >= 0x20)
            return escape(QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1));
        return QStringLiteral("\uFFFD");
    }
    static const std::pair<const char *, char16_t> named[] = {
        {"&amp;", u'&'},     {"&lt;", u'<'},       {"&gt;", u'>'},     {"&quot;", u'"'},
        {"&apos;", u'\''},   {"&nbsp;", 0xA0},     {"&euro;", 0x20AC}, {"&eacute;", 0xE9},
        {"&euml;", 0xEB},    {"&iuml;", 0xEF},     {"&ouml;", 0xF6},   {"&mdash;", 0x2014},
        {"&ndash;", 0x2013}, {"&hellip;", 0x2026}, {"&copy;", 0xA9},
    };
    for (const auto &[name, character] : named) {
        if (raw == QLatin1String(name))
            return escape(QString(QChar(character)));
    }
    return escape(raw);
}

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString text;
    for (unsigned i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const QString part = QString::fromUtf8(attribute.text + begin, end - begin);
        if (attribute.substr_types[i] == MD_TEXT_ENTITY && part == QLatin1String("&amp;"))
            text += u'&';
        else if (attribute.substr_types[i] == MD_TEXT_NULLCHAR)
            text += QChar(0xFFFD);
        else
            text += part;
    }
    return text;
}

} // namespace

struct RenderState
{
    MarkdownRenderer *renderer = nullptr;
    QString out;
    QList<bool> links; // per open link span: whether an <a> was written for it
    int openLinks = 0; // of those, written ones: no glossary link inside a link
    int headingShift = 2;
    // Each piece of text, decoded into the same buffer: md4c hands over many short pieces.
    QStringDecoder decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    QString decoded;

    static RenderState *of(void *userdata) { return static_cast<RenderState *>(userdata); }

    QStringView decode(const MD_CHAR *text, MD_SIZE size)
    {
        if (decoded.size() < qsizetype(size))
            decoded.resize(size); // UTF-8 never takes fewer bytes than UTF-16 takes units
        const QChar *end = decoder.appendToBuffer(decoded.data(), QByteArrayView(text, size));
        return QStringView(decoded.constData(), end - decoded.constData());
    }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
    {
        QString &out = of(userdata)->out;
        switch (type) {
        case MD_BLOCK_QUOTE:
            out += QLatin1String("<blockquote>\n");
            break;
        case MD_BLOCK_UL:
            out += QLatin1String("<ul>\n");
            break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
            out += start == 1 ? QStringLiteral("<ol>\n")
                              : QStringLiteral("<ol start=\"%1\">\n").arg(start);
            break;
        }
        case MD_BLOCK_LI:
            out += QLatin1String("<li>");
            break;
        case MD_BLOCK_HR:
            out += QLatin1String("<hr>\n");
            break;
        case MD_BLOCK_H:
            out += QStringLiteral("<h%1>").arg(of(userdata)->headingLevel(detail));
            break;
        case MD_BLOCK_CODE:
            out += QLatin1String("<pre><code>");
            break;
        case MD_BLOCK_P:
            out += QLatin1String("<p>");
            break;
        default: // the document; raw HTML blocks and tables are off
            break;
        }
        return 0;
    }

    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
    {
        QString &out = of(userdata)->out;
        switch (type) {
        case MD_BLOCK_QUOTE:
            out += QLatin1String("</blockquote>\n");
            break;
        case MD_BLOCK_UL:
            out += QLatin1String("</ul>\n");
            break;
        case MD_BLOCK_OL:
            out += QLatin1String("</ol>\n");
            break;
        case MD_BLOCK_LI:
            out += QLatin1String("</li>\n");
            break;
        case MD_BLOCK_H:
            out += QStringLiteral("</h%1>\n").arg(of(userdata)->headingLevel(detail));
            break;
        case MD_BLOCK_CODE:
            out += QLatin1String("</code></pre>\n");
            break;
        case MD_BLOCK_P:
            out += QLatin1String("</p>\n");
            break;
        default:
            break;
        }
        return 0;
    }

    int headingLevel(void *detail) const
    {
        return std::min(6, int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level) + headingShift);
    }

    static int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
    {
        RenderState *state = of(userdata);
        switch (type) {
        case MD_SPAN_EM:
            state->out += QLatin1String("<em>");
            break;
        case MD_SPAN_STRONG:
            state->out += QLatin1String("<strong>");
            break;
        case MD_SPAN_CODE:
            state->out += QLatin1String("<code>");
            break;
        case MD_SPAN_A: {
            const QString href = attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href);
            const bool safe = isSafeLink(href);
            if (safe) {
                state->out
                    += QLatin1String("<a href=\"") + escape(href.trimmed()) + QLatin1String("\">");
                ++state->openLinks;
            }
            state->links.append(safe);
            break;
        }
        default: // an image shows its description as text; the site fetches nothing
            break;
        }
        return 0;
    }

    static int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
    {
        RenderState *state = of(userdata);
        switch (type) {
        case MD_SPAN_EM:
            state->out += QLatin1String("</em>");
            break;
        case MD_SPAN_STRONG:
            state->out += QLatin1String("</strong>");
            break;
        case MD_SPAN_CODE:
            state->out += QLatin1String("</code>");
            break;
        case MD_SPAN_A:
            if (!state->links.isEmpty() && state->links.takeLast()) {
                state->out += QLatin1String("</a>");
                --state->openLinks;
            }
            break;
        default:
            break;
        }
        return 0;
    }

    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
    {
        RenderState *state = of(userdata);
        switch (type) {
        case MD_TEXT_NULLCHAR:
            state->out += QChar(0xFFFD);
            break;
        case MD_TEXT_BR:
            state->out += QLatin1String("<br>\n");
            break;
        case MD_TEXT_SOFTBR:
            state->out += u'\n';
            break;
        case MD_TEXT_ENTITY:
            state->out += entity(QString::fromUtf8(text, size));
            break;
        case MD_TEXT_NORMAL:
            if (state->openLinks > 0)
                appendEscaped(state->out, state->decode(text, size));
            else
                state->renderer->linkTerms(state->decode(text, size), state->out);
            break;
        default: // code, and anything else, as text
            appendEscaped(state->out, state->decode(text, size));
            break;
        }
        return 0;
    }
};

MarkdownRenderer::MarkdownRenderer(const QList<Term> &terms)
    : m_terms(terms)
{
    std::stable_sort(m_terms.begin(), m_terms.end(),
                     [](const Term &a, const Term &b) { return a.term.size() > b.term.size(); });
    m_terms.removeIf([](const Term &t) { return t.term.trimmed().isEmpty(); });
    for (const Term &term : std::as_const(m_terms))
        m_lowerTerms.append(lowered(term.term));
    for (qsizetype i = 0; i < m_lowerTerms.size(); ++i) {
        const char16_t first = m_lowerTerms.at(i).at(0).unicode();
        (first < 128 ? m_byAsciiLetter[first] : m_byOtherLetter[first]).append(int(i));
    }
}

QString MarkdownRenderer::render(const QString &markdown, const QString &glossaryHref,
                                 int headingShift)
{
    m_glossaryHref = glossaryHref;
    m_linked.clear();
    const QByteArray utf8 = markdown.toUtf8();
    RenderState state;
    state.renderer = this;
    state.headingShift = headingShift;
    state.out.reserve(markdown.size() + markdown.size() / 4 + 16);
    MD_PARSER parser{};
    parser.abi_version = 0;
    // Raw HTML is not recognised: it arrives as text and is escaped like any text.
    parser.flags = MD_FLAG_NOHTML;
    parser.enter_block = &RenderState::enterBlock;
    parser.leave_block = &RenderState::leaveBlock;
    parser.enter_span = &RenderState::enterSpan;
    parser.leave_span = &RenderState::leaveSpan;
    parser.text = &RenderState::text;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state) != 0)
        return QLatin1String("<p>") + escape(markdown) + QLatin1String("</p>\n");
    return state.out;
}

const QList<int> *MarkdownRenderer::termsStartingWith(char16_t letter) const
{
    if (letter < 128)
        return m_byAsciiLetter[letter].isEmpty() ? nullptr : &m_byAsciiLetter[letter];
    const auto found = m_byOtherLetter.constFind(letter);
    return found == m_byOtherLetter.cend() ? nullptr : &*found;
}

void MarkdownRenderer::linkTerms(QStringView text, QString &out)
{
    if (m_terms.size() == qsizetype(m_linked.size())) {
        appendEscaped(out, text);
        return;
    }
    // One pass: at each start of a word, the terms that begin with its letter, longest first.
    qsizetype written = 0;
    bool inWord = false; // whether the character before `at` is part of a word
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        const bool startsWord = !inWord;
        inWord = isWordCharacter(c);
        if (!startsWord)
            continue;
        const QList<int> *candidates = termsStartingWith(lowerOf(c));
        if (!candidates)
            continue;
        for (const int i : *candidates) {
            const QString &term = m_lowerTerms.at(i);
            const qsizetype end = at + term.size();
            if (m_linked.contains(m_terms.at(i).anchor) || !readsTerm(text, at, term)
                || (end < text.size() && isWordCharacter(text.at(end))))
                continue;
            appendEscaped(out, text.mid(written, at - written));
            out += QLatin1String("<a class=\"term\" href=\"");
            appendEscaped(out, m_glossaryHref);
            out += u'#';
            appendEscaped(out, m_terms.at(i).anchor);
            out += QLatin1String("\">");
            appendEscaped(out, text.mid(at, term.size()));
            out += QLatin1String("</a>");
            m_linked.insert(m_terms.at(i).anchor);
            written = end;
            at = end - 1;
            inWord = isWordCharacter(text.at(at));
            break;
        }
    }
    appendEscaped(out, text.mid(written));
}

} // namespace kd::SiteHtml
