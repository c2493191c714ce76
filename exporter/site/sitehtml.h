#pragma once

#include <array>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kd {

// The pieces of the static site's HTML that take content: escaping, safe links, and the
// site's own Markdown renderer. Every text of the project reaches a page through these, so
// nothing a project holds can become markup, an event handler or a script link
// (schema/FORMAT.md, "The site").
namespace SiteHtml {

// Text and attribute values: &, <, >, " and ' escaped.
QString escape(const QString &text);
// The same, appended to out: no string of its own for each piece of a text.
void appendEscaped(QString &out, QStringView text);

// Whether a link may become a link on the site: https: and mailto: only.
bool isSafeLink(const QString &url);

// A glossary term the renderer links where a text uses it.
struct Term
{
    QString term;   // as written in the glossary
    QString anchor; // "term-KEY"
};

// Renders a formatted field with md4c (CommonMark, raw HTML off) into the site's HTML:
// every text escaped; raw HTML shown as text; links other than https: and mailto: shown as
// their text only; images shown as their description (the site fetches nothing); a heading
// of level n becomes h(n + headingShift), at most h6 (under the field's own heading). The first use
// in the text of each glossary term (whole words, any case, outside links) links to the glossary.
// Deterministic.
class MarkdownRenderer
{
public:
    // One renderer serves a whole site: the terms are sorted and lowered once.
    explicit MarkdownRenderer(const QList<Term> &terms);

    // One text, whose terms are linked once each. glossaryHref: the glossary page relative to
    // the page being written ("../glossary.html").
    QString render(const QString &markdown, const QString &glossaryHref, int headingShift = 2);

private:
    friend struct RenderState;
    // Appends text to out, escaped, with its terms linked.
    void linkTerms(QStringView text, QString &out);
    // The terms (places in m_lowerTerms, longest first) whose first letter, lowered, is
    // `letter`; null when none is.
    const QList<int> *termsStartingWith(char16_t letter) const;

    QList<Term> m_terms;      // longest first
    QStringList m_lowerTerms; // the same, in lower case
    // Of m_lowerTerms, by first letter: an ASCII letter looked up without hashing (a word's
    // first letter is looked up at every word of every text).
    std::array<QList<int>, 128> m_byAsciiLetter;
    QHash<char16_t, QList<int>> m_byOtherLetter;
    QString m_glossaryHref;
    QSet<QString> m_linked; // anchors linked in the current text already
};

} // namespace SiteHtml
} // namespace kd
