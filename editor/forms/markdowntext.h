#pragma once

#include <QString>

class QTextDocument;

namespace kd {

// Writes a QTextDocument as the project's Markdown. QTextDocument::toMarkdown() (Qt 6.4) writes
// text as it is: a typed "<b>" comes out as raw HTML, "*x*" as emphasis, "- 5" at the start of a
// wrapped line as a list item. This escapes, in a copy of the document, every character of the
// text (not of code) that Markdown would read as markup, so what the user saw is what the field
// holds and reading it back gives the same document.
class MarkdownText
{
public:
    static QString fromDocument(const QTextDocument &document);
    // The characters of a block's text that need a backslash before them, as positions in text;
    // code is the part of the text in code spans (left alone), by position.
    static QList<qsizetype> escapePositions(const QString &text, const QList<bool> &code);
};

} // namespace kd
