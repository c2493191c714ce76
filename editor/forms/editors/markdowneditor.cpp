#include "markdowneditor.h"

#include "document/spellcheck.h"
#include "forms/markdownedit.h"
#include "forms/spellhighlighter.h"
#include "text/readability.h"

#include <QLabel>
#include <QLocale>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace kd {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new MarkdownEdit(this))
    , m_readability(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_readability->setObjectName(QStringLiteral("readability"));
    m_readability->setWordWrap(true);
    m_readability->setTextFormat(Qt::PlainText);
    m_readability->setAccessibleName(tr("Readability"));
    m_readability->hide();
    layout->addWidget(m_readability);
    setFocusProxy(m_edit);

    m_measure.setSingleShot(true);
    m_measure.setInterval(300);
    connect(&m_measure, &QTimer::timeout, this, [this] { showReadability(m_edit->markdown()); });
    connect(m_edit, &MarkdownEdit::textEdited, this, [this] { m_measure.start(); });

    m_idle.setSingleShot(true);
    m_idle.setInterval(idleCommitInterval());
    connect(&m_idle, &QTimer::timeout, this, &MarkdownEditor::commitPending);
    connect(m_edit, &MarkdownEdit::textEdited, this, [this] { m_idle.start(); });
    connect(m_edit, &MarkdownEdit::editingFinished, this, &MarkdownEditor::commitPending);
}

QWidget *MarkdownEditor::focusTarget() const
{
    return m_edit->textEdit();
}

void MarkdownEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool MarkdownEditor::hasPendingEdit() const
{
    return m_edit->isModified();
}

void MarkdownEditor::commitPending()
{
    m_idle.stop();
    if (!m_edit->isModified())
        return;
    m_edit->setModified(false);
    commit(m_edit->markdown());
}

void MarkdownEditor::display(const QVariant &value)
{
    m_idle.stop();
    m_edit->setMarkdown(value.toString());
    m_measure.stop();
    showReadability(value.toString());
}

void MarkdownEditor::setSpellCheck(SpellCheck *check)
{
    m_edit->setSpellCheck(check);
}

void MarkdownEditor::replaceWord(const SpellWord &word, const QString &replacement)
{
    QTextEdit *text = m_edit->textEdit();
    if (text->isReadOnly() || word.position + word.length >= text->document()->characterCount())
        return;
    QTextCursor cursor(text->document());
    cursor.setPosition(int(word.position));
    cursor.setPosition(int(word.position + word.length), QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    text->setTextCursor(cursor);
    commitPending();
}

void MarkdownEditor::addMenuActions(QMenu *menu, QObject *watched, const QPoint &globalPos)
{
    QTextEdit *text = m_edit->textEdit();
    SpellHighlighter *spelling = m_edit->spellHighlighter();
    if (watched != text->viewport() || !spelling || !spelling->spellCheck() || text->isReadOnly())
        return;
    const QTextCursor at = text->cursorForPosition(text->viewport()->mapFromGlobal(globalPos));
    const SpellWord word = spelling->misspeltAt(at.position());
    if (word.length == 0)
        return;
    const QString misspelt = text->document()->toPlainText().mid(word.position, word.length);
    SpellHighlighter::addMenuActions(
        menu, spelling->spellCheck(), misspelt,
        [this, word](const QString &replacement) { replaceWord(word, replacement); });
}

void MarkdownEditor::showReadability(const QString &markdown)
{
    const Readability measured = Readability::measure(markdown, true);
    if (measured.words == 0) {
        m_readability->hide();
        return;
    }
    const QLocale locale;
    // The project's limits, as validation uses them.
    const SpellCheck *check = m_edit->spellCheck();
    const Readability::Limits limits = check ? check->readabilityLimits() : Readability::Limits();
    // The score of a short text says little: it is shown from the length the limits judge.
    QString text = measured.words < limits.minimumWords
                       ? tr("%n word(s); the longest sentence %1.", nullptr, measured.words)
                             .arg(tr("%n word(s)", nullptr, measured.longestSentence))
                       : tr("Reading ease %1 (Flesch–Douma); %2 words a sentence, the longest "
                            "%3; %n long word(s).",
                            nullptr, measured.longWords)
                             .arg(locale.toString(qBound(0, qRound(measured.readingEase()), 100)),
                                  locale.toString(measured.wordsPerSentence(), 'f', 1),
                                  locale.toString(measured.longestSentence));
    const Readability::Problems problems = measured.problems(limits);
    if (problems) {
        QStringList reasons;
        if (problems.testFlag(Readability::Problem::LowEase))
            reasons << tr("reading ease below %1").arg(limits.minimumEase);
        if (problems.testFlag(Readability::Problem::LongAverage))
            reasons << tr("more than %1 words a sentence on average").arg(limits.maximumAverage);
        if (problems.testFlag(Readability::Problem::LongSentence))
            reasons << tr("a sentence of more than %1 words").arg(limits.maximumSentence);
        text = tr("Hard to read for plain language (B1): %1. %2")
                   .arg(reasons.join(QStringLiteral("; ")), text);
    }
    m_readability->setText(text);
    m_readability->setToolTip(tr("A long word has five syllables or more. docs/rules.md, "
                                 "\"Plain-language limits\", explains the measures."));
    // Past the limits the line is in a warning colour (dark amber, 6.5:1 on white).
    QPalette palette = this->palette();
    if (problems)
        palette.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    m_readability->setPalette(palette);
    m_readability->show();
}

} // namespace kd
