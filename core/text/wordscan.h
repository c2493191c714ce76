#pragma once

#include <QStringView>

namespace kd {

// How Readability and Spelling read words out of a text, shared so that both agree on what a
// word is and what Markdown syntax holds none; the site's glossary links lower letters the same
// way. Inline: they run on every character of a large project's prose.
namespace WordScan {

// A character in lower case, without a table lookup for ASCII (most letters of Dutch text); one
// character always stays one ("İ" becomes "i").
inline char16_t lowerOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u;
    return c.toLower().unicode();
}

// A hyphen or apostrophe between two letters keeps them in one word ("auto's").
inline bool isWordJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == QChar(0x2019);
}

// The index after a Markdown construct that holds no words and starts at i, or i when none
// does: a link or image destination "](...)", an autolink "<...>", a code span "`...`".
inline qsizetype skipMarkdown(QStringView text, qsizetype i)
{
    const auto skipTo = [&](qsizetype from, QChar close) {
        const qsizetype end = text.indexOf(close, from);
        return end < 0 ? i : end + 1;
    };
    const QChar c = text.at(i);
    if (c == u']' && i + 1 < text.size() && text.at(i + 1) == u'(')
        return skipTo(i + 2, u')');
    if (c == u'<')
        return skipTo(i + 1, u'>');
    if (c == u'`')
        return skipTo(i + 1, u'`');
    return i;
}

// Whether the line at i begins a new Markdown block (so the line before ended one): blank, a
// list item, a heading or a quote. Otherwise the line break is a soft one, inside a paragraph.
inline bool startsBlock(QStringView text, qsizetype i)
{
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    if (i >= text.size() || text.at(i) == u'\n' || text.at(i) == u'#' || text.at(i) == u'>')
        return true;
    const QChar c = text.at(i);
    if ((c == u'-' || c == u'*' || c == u'+') && i + 1 < text.size() && text.at(i + 1) == u' ')
        return true;
    qsizetype digits = i;
    while (digits < text.size() && text.at(digits).isDigit())
        ++digits;
    return digits > i && digits + 1 < text.size()
           && (text.at(digits) == u'.' || text.at(digits) == u')') && text.at(digits + 1) == u' ';
}

} // namespace WordScan
} // namespace kd
