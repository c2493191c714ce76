#include "sitehtml.h"

#include <md4c.h>

#include <algorithm>

namespace kd::SiteHtml {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
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
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
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
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
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

    static RenderState *of(void *userdata) { return static_cast<RenderState *>(userdata); }

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
        const QString content = QString::fromUtf8(text, size);
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
            state->out += entity(content);
            break;
        case MD_TEXT_NORMAL:
            state->out
                += state->openLinks > 0 ? escape(content) : state->renderer->linkTerms(content);
            break;
        default: // code, and anything else, as text
            state->out += escape(content);
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
        m_lowerTerms.append(term.term.toLower());
    for (qsizetype i = 0; i < m_lowerTerms.size(); ++i)
        m_byFirstLetter[m_lowerTerms.at(i).at(0).unicode()].append(int(i));
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

QString MarkdownRenderer::linkTerms(const QString &text)
{
    if (m_terms.size() == qsizetype(m_linked.size()))
        return escape(text);
    // Searched in lower case; a text whose lower case has another length (a rare letter that
    // lowers to two) is not searched.
    const QString lower = text.toLower();
    if (lower.size() != text.size())
        return escape(text);
    // One pass: at each start of a word, the terms that begin with its letter, longest first.
    QString out;
    qsizetype written = 0;
    for (qsizetype at = 0; at < lower.size(); ++at) {
        if (at > 0 && isWordCharacter(lower.at(at - 1)))
            continue;
        const auto candidates = m_byFirstLetter.constFind(lower.at(at).unicode());
        if (candidates == m_byFirstLetter.cend())
            continue;
        for (const int i : *candidates) {
            const QString &term = m_lowerTerms.at(i);
            const qsizetype end = at + term.size();
            if (m_linked.contains(m_terms.at(i).anchor)
                || !QStringView(lower).mid(at).startsWith(term)
                || (end < lower.size() && isWordCharacter(lower.at(end))))
                continue;
            out += escape(text.mid(written, at - written));
            out += QLatin1String("<a class=\"term\" href=\"") + escape(m_glossaryHref)
                   + QLatin1String("#") + escape(m_terms.at(i).anchor) + QLatin1String("\">")
                   + escape(text.mid(at, term.size())) + QLatin1String("</a>");
            m_linked.insert(m_terms.at(i).anchor);
            written = end;
            at = end - 1;
            break;
        }
    }
    out += escape(text.mid(written));
    return out;
}

} // namespace kd::SiteHtml
