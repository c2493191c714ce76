#include "spellhighlighter.h"

#include "document/spellcheck.h"

#include <QAction>
#include <QMenu>
#include <QTextBlock>
#include <QTextDocument>

namespace kd {

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellCheck *check)
    : QSyntaxHighlighter(document)
    , m_check(check)
{
    connect(check, &SpellCheck::acceptedWordsChanged, this, &SpellHighlighter::rehighlight);
}

SpellCheck *SpellHighlighter::spellCheck() const
{
    return m_check;
}

QTextCharFormat SpellHighlighter::misspeltFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    return format;
}

QList<SpellWord> SpellHighlighter::misspelt(const QTextBlock &block) const
{
    if (!m_check || !m_check->isEnabled())
        return {};
    // A link's text is blanked out: the check reads the rest as it stands.
    QString text = block.text();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && fragment.charFormat().isAnchor()) {
            const int from = fragment.position() - block.position();
            text.replace(from, fragment.length(), QString(fragment.length(), u' '));
        }
    }
    return m_check->misspelt(text, false);
}

SpellWord SpellHighlighter::misspeltAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    const int inBlock = position - block.position();
    for (const SpellWord &word : misspelt(block)) {
        if (inBlock >= word.position && inBlock <= word.position + word.length)
            return {block.position() + word.position, word.length};
    }
    return {};
}

void SpellHighlighter::addMenuActions(QMenu *menu, SpellCheck *check, const QString &word,
                                      const std::function<void(const QString &)> &replace)
{
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = check->suggestions(word);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spell-suggestion"));
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, menu, [replace, suggestion] { replace(suggestion); });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Spelling Suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(tr("Add “%1” to Project Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("spell-add"));
    const QPointer<SpellCheck> guarded(check);
    connect(add, &QAction::triggered, menu, [guarded, word] {
        if (guarded)
            guarded->accept(word);
    });
    menu->insertAction(first, add);
    if (first)
        menu->insertSeparator(first);
}

void SpellHighlighter::highlightBlock(const QString &)
{
    const QTextCharFormat format = misspeltFormat();
    for (const SpellWord &word : misspelt(currentBlock()))
        setFormat(int(word.position), int(word.length), format);
}

} // namespace kd
