#include "markdownedit.h"

#include "markdowntext.h"
#include "spellhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace kd {
namespace {

// CommonMark with raw HTML off: HTML in a stored field is shown as the text it is.
constexpr auto readFeatures = QTextDocument::MarkdownFeatures(
    QTextDocument::MarkdownDialectCommonMark | QTextDocument::MarkdownNoHTML);

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QTextEdit(this))
    , m_toolBar(new QToolBar(this))
{
    // Pasted HTML could carry anything (tables, images, colours) Markdown cannot hold; plain
    // text pastes keep the field within what the website shows.
    m_edit->setAcceptRichText(false);
    // Tab moves to the next field, as in every other form field.
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bold = addFormatAction(tr("Bold"), QStringLiteral("format-text-bold"), QKeySequence::Bold,
                             &MarkdownEdit::toggleBold);
    m_italic = addFormatAction(tr("Italic"), QStringLiteral("format-text-italic"),
                               QKeySequence::Italic, &MarkdownEdit::toggleItalic);
    m_bold->setCheckable(true);
    m_italic->setCheckable(true);
    QFont boldFont = font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    QFont italicFont = font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    m_bold->setText(tr("B"));
    m_italic->setText(tr("I"));
    m_bold->setToolTip(
        tr("Bold (%1)").arg(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    m_italic->setToolTip(
        tr("Italic (%1)")
            .arg(QKeySequence(QKeySequence::Italic).toString(QKeySequence::NativeText)));
    addFormatAction(tr("Bulleted list"), QStringLiteral("format-list-unordered"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
                    &MarkdownEdit::toggleBulletList);
    addFormatAction(tr("Numbered list"), QStringLiteral("format-list-ordered"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
                    &MarkdownEdit::toggleNumberedList);
    addFormatAction(tr("Link..."), QStringLiteral("insert-link"),
                    QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownEdit::askForLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit);

    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading && m_edit->document()->isModified())
            emit textEdited();
    });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &MarkdownEdit::updateActions);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &MarkdownEdit::stopLinkAtCursor);
    connect(m_edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
            this, &MarkdownEdit::updateHeight);
    setVisibleLines(5);
}

QAction *MarkdownEdit::addFormatAction(const QString &text, const QString &iconName,
                                       const QKeySequence &shortcut, void (MarkdownEdit::*slot)())
{
    auto *action = new QAction(text, this);
    Q_UNUSED(iconName) // text buttons: icon themes are not reliably present on every desktop
    action->setShortcut(shortcut);
    // Ctrl+B means bold only inside this field; elsewhere the window's shortcuts apply.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_toolBar->addAction(action);
    // Keyboard users reach formatting through the shortcuts; Tab goes from field to field.
    if (QWidget *button = m_toolBar->widgetForAction(action))
        button->setFocusPolicy(Qt::NoFocus);
    return action;
}

void MarkdownEdit::setMarkdown(const QString &markdown)
{
    m_loading = true;
    m_edit->document()->setMarkdown(markdown, readFeatures);
    m_edit->document()->setModified(false);
    m_loading = false;
}

void MarkdownEdit::setSpellCheck(SpellCheck *check)
{
    delete m_spelling;
    m_spelling = check ? new SpellHighlighter(m_edit->document(), check) : nullptr;
}

SpellCheck *MarkdownEdit::spellCheck() const
{
    return m_spelling ? m_spelling->spellCheck() : nullptr;
}

QString MarkdownEdit::markdown() const
{
    return MarkdownText::fromDocument(*m_edit->document());
}

bool MarkdownEdit::isModified() const
{
    return m_edit->document()->isModified();
}

void MarkdownEdit::setModified(bool modified)
{
    m_edit->document()->setModified(modified);
}

void MarkdownEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_toolBar->setEnabled(!readOnly);
    for (QAction *action : actions())
        action->setEnabled(!readOnly);
}

bool MarkdownEdit::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void MarkdownEdit::setVisibleLines(int lines)
{
    m_minimumLines = lines;
    updateHeight();
}

void MarkdownEdit::updateHeight()
{
    // At least the lines asked for, growing with the text up to a screenful: a long narrative
    // is read in one piece, and the form's scroll area, not the field, scrolls.
    constexpr int maximumLines = 20;
    const int line = m_edit->fontMetrics().lineSpacing();
    const int frame = 2 * m_edit->frameWidth();
    const int margins = frame + int(2 * m_edit->document()->documentMargin());
    const int content = int(std::ceil(m_edit->document()->size().height())) + frame;
    m_edit->setFixedHeight(
        qBound(m_minimumLines * line + margins, content, maximumLines * line + margins));
}

void MarkdownEdit::toggleBold()
{
    if (m_edit->isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
    updateActions();
}

void MarkdownEdit::toggleItalic()
{
    if (m_edit->isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
    updateActions();
}

void MarkdownEdit::toggleBulletList()
{
    toggleList(QTextListFormat::ListDisc);
}

void MarkdownEdit::toggleNumberedList()
{
    toggleList(QTextListFormat::ListDecimal);
}

void MarkdownEdit::toggleList(QTextListFormat::Style style)
{
    if (m_edit->isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        // Pressing the button again takes the paragraphs out of the list.
        const QTextBlock end = m_edit->document()->findBlock(cursor.selectionEnd());
        for (QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart());
             block.isValid(); block = block.next()) {
            if (QTextList *in = block.textList())
                in->remove(block);
            QTextBlockFormat blockFormat = block.blockFormat();
            blockFormat.setIndent(0);
            QTextCursor(block).setBlockFormat(blockFormat);
            if (block == end)
                break;
        }
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
}

bool MarkdownEdit::isAllowedLink(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !parsed.host().isEmpty();
    if (scheme == QLatin1String("mailto"))
        return !parsed.path().isEmpty();
    return false;
}

bool MarkdownEdit::insertLink(const QString &url)
{
    if (m_edit->isReadOnly() || !isAllowedLink(url))
        return false;
    const QString target = url.trimmed();
    QTextCursor cursor = m_edit->textCursor();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(target);
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    cursor.beginEditBlock();
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(format);
    } else {
        cursor.insertText(target, format);
    }
    cursor.endEditBlock();
    // Typing on after the link must not extend it. setCurrentCharFormat() would apply to a
    // selection, so leave the cursor after the link first.
    cursor.setPosition(cursor.selectionEnd());
    m_edit->setTextCursor(cursor);
    stopLinkAtCursor();
    return true;
}

void MarkdownEdit::askForLink()
{
    if (m_edit->isReadOnly())
        return;
    const QString current = m_edit->textCursor().charFormat().anchorHref();
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Insert Link"), tr("Link address (https:// or mailto:):"), QLineEdit::Normal,
        current.isEmpty() ? QStringLiteral("https://") : current, &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    if (!insertLink(url)) {
        QMessageBox::warning(
            this, tr("Insert Link"),
            tr("Only https and mailto links are allowed: \"%1\" is neither.").arg(url));
    }
    m_edit->setFocus();
}

QTextCharFormat MarkdownEdit::withoutLink(QTextCharFormat format)
{
    // Cleared, not set to empty: the Markdown writer treats an empty href as a link.
    format.clearProperty(QTextFormat::IsAnchor);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::AnchorName);
    format.clearProperty(QTextFormat::TextUnderlineStyle);
    format.clearProperty(QTextFormat::FontUnderline);
    format.clearForeground();
    return format;
}

void MarkdownEdit::stopLinkAtCursor()
{
    // Text typed right after a link would join it (QTextEdit types in the format of the
    // character before the cursor), as word processors avoid: type plain text there instead.
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat before = cursor.charFormat();
    if (cursor.hasSelection() || !before.isAnchor())
        return;
    QTextCursor next(cursor);
    const bool insideLink = next.movePosition(QTextCursor::NextCharacter)
                            && next.block() == cursor.block() && next.charFormat().isAnchor()
                            && next.charFormat().anchorHref() == before.anchorHref();
    if (!insideLink)
        m_edit->setCurrentCharFormat(withoutLink(before));
}

void MarkdownEdit::updateActions()
{
    m_bold->setChecked(m_edit->fontWeight() > QFont::Normal);
    m_italic->setChecked(m_edit->fontItalic());
}

bool MarkdownEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && !static_cast<QKeyEvent *>(event)->text().isEmpty())
        stopLinkAtCursor();
    // A popup (the completer, a context menu) taking focus is not the user leaving the field.
    if (watched == m_edit && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
        emit editingFinished();
    return QWidget::eventFilter(watched, event);
}

} // namespace kd
