#pragma once

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
    QString linkTerms(const QString &text);

    QList<Term> m_terms;                         // longest first
    QStringList m_lowerTerms;                    // the same, in lower case
    QHash<char16_t, QList<int>> m_byFirstLetter; // of m_lowerTerms, longest first
    QString m_glossaryHref;
    QSet<QString> m_linked; // anchors linked in the current text already
};

} // namespace SiteHtml
} // namespace kd
