#pragma once

#include "text/spelling.h"

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <functional>

class QMenu;
class QTextBlock;

namespace kd {

class SpellCheck;

// Underlines the misspelt words of a formatted field (MarkdownEdit) with a red wavy line, as
// the user types. The document holds the rendered text, not Markdown: the text of links (an
// address as often as not) is skipped, and so are addresses written out. It follows the words
// the project accepts (SpellCheck::acceptedWordsChanged). Without a dictionary it does nothing.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument *document, SpellCheck *check);

    SpellCheck *spellCheck() const;

    // The misspelt words of a block, as positions in the block.
    QList<SpellWord> misspelt(const QTextBlock &block) const;
    // The misspelt word at a position in the document, as positions in the document; length 0
    // when there is none.
    SpellWord misspeltAt(int position) const;

    // How a misspelt word is shown, here and in line fields.
    static QTextCharFormat misspeltFormat();
    // Puts at the top of a context menu on a misspelt word: up to five suggestions (choosing one
    // calls replace with it), "Add to Project Dictionary" (SpellCheck::accept), a separator.
    static void addMenuActions(QMenu *menu, SpellCheck *check, const QString &word,
                               const std::function<void(const QString &)> &replace);

protected:
    void highlightBlock(const QString &text) override;

private:
    QPointer<SpellCheck> m_check;
};

} // namespace kd
