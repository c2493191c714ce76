#pragma once

#include <QTextCharFormat>
#include <QTextListFormat>
#include <QWidget>

class QAction;
class QTextEdit;
class QToolBar;

namespace kd {

class SpellCheck;
class SpellHighlighter;

// A formatted-text field: a QTextEdit that reads and writes CommonMark through QTextDocument
// (raw HTML neither read nor written), with a small toolbar and shortcuts for bold (Ctrl+B),
// italic (Ctrl+I), bulleted (Ctrl+Shift+8) and numbered (Ctrl+Shift+7) lists and links (Ctrl+K).
//
// toMarkdown() normalises what setMarkdown() read, so "did the user change it" is the document's
// modified flag, never a comparison with the stored text.
class MarkdownEdit : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    // Shows the text and clears the modified flag.
    void setMarkdown(const QString &markdown);
    // The text as CommonMark, without the trailing newlines QTextDocument adds.
    QString markdown() const;
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    // The least height of the text area, in lines; it grows with the text.
    void setVisibleLines(int lines);

    QTextEdit *textEdit() const { return m_edit; }
    // Underlines misspelt words (SpellHighlighter); null until setSpellCheck().
    void setSpellCheck(SpellCheck *check);
    SpellHighlighter *spellHighlighter() const { return m_spelling; }
    SpellCheck *spellCheck() const;
    QToolBar *toolBar() const { return m_toolBar; }

    // The toolbar's actions, callable directly (tests, menus).
    void toggleBold();
    void toggleItalic();
    void toggleList(QTextListFormat::Style style);
    // Makes the selection (or, without one, the URL itself) a link. False for a URL that is not
    // https or mailto: the validator would reject it and the website would not follow it.
    bool insertLink(const QString &url);
    static bool isAllowedLink(const QString &url);

signals:
    // The user changed the text (not emitted by setMarkdown()).
    void textEdited();
    // Focus left the text area: the moment to commit.
    void editingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addFormatAction(const QString &text, const QString &iconName,
                             const QKeySequence &shortcut, void (MarkdownEdit::*slot)());
    void toggleBulletList();
    void toggleNumberedList();
    void askForLink();
    void updateActions();
    void updateHeight();
    void stopLinkAtCursor();
    static QTextCharFormat withoutLink(QTextCharFormat format);

    QTextEdit *m_edit;
    QToolBar *m_toolBar;
    SpellHighlighter *m_spelling = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    bool m_loading = false;
    int m_minimumLines = 5;
};

} // namespace kd
