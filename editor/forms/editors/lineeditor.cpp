#include "lineeditor.h"

#include "document/spellcheck.h"
#include "forms/spellhighlighter.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>

namespace kd {

LineEditor::LineEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_idle.setSingleShot(true);
    m_idle.setInterval(idleCommitInterval());
    connect(&m_idle, &QTimer::timeout, this, &LineEditor::commitPending);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_pending = true;
        m_idle.start();
    });
    // Enter and focus-out.
    connect(m_edit, &QLineEdit::editingFinished, this, &LineEditor::commitPending);
}

QWidget *LineEditor::focusTarget() const
{
    return m_edit;
}

void LineEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void LineEditor::commitPending()
{
    m_idle.stop();
    if (!m_pending)
        return;
    m_pending = false;
    commit(m_edit->text());
}

void LineEditor::display(const QVariant &value)
{
    m_idle.stop();
    m_pending = false;
    m_edit->setText(value.toString());
    m_edit->setCursorPosition(0);
    if (m_spellCheck)
        underlineMisspelt();
}

void LineEditor::setSpellCheck(SpellCheck *check)
{
    m_spellCheck = check;
    m_spellTimer.setSingleShot(true);
    m_spellTimer.setInterval(150);
    connect(&m_spellTimer, &QTimer::timeout, this, &LineEditor::underlineMisspelt);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        // The underlines would otherwise stay where the words were until the pause is over.
        if (!m_misspelt.isEmpty())
            showFormats({});
        m_spellTimer.start();
    });
    connect(check, &SpellCheck::acceptedWordsChanged, this, &LineEditor::underlineMisspelt);
    underlineMisspelt();
}

void LineEditor::underlineMisspelt()
{
    m_spellTimer.stop();
    if (!m_spellCheck || !m_spellCheck->isEnabled())
        return;
    const QList<SpellWord> words = m_spellCheck->misspelt(m_edit->text(), false);
    if (words != m_misspelt)
        showFormats(words);
}

// A QLineEdit has no highlighter, but it shows the formats an input method gives its text: an
// input method event with no text to insert or compose, only formats, underlines without
// changing the text, the cursor or the line's own undo history.
void LineEditor::showFormats(const QList<SpellWord> &words)
{
    m_misspelt = words;
    if (m_edit->isReadOnly())
        return;
    QList<QInputMethodEvent::Attribute> attributes;
    const QTextCharFormat format = SpellHighlighter::misspeltFormat();
    // The event's positions count from the cursor.
    const int cursor = m_edit->cursorPosition();
    for (const SpellWord &word : words) {
        attributes.append(QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, int(word.position) - cursor, int(word.length), format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

void LineEditor::replaceWord(const SpellWord &word, const QString &replacement)
{
    if (m_edit->isReadOnly() || word.position + word.length > m_edit->text().size())
        return;
    m_edit->setSelection(int(word.position), int(word.length));
    m_edit->insert(replacement);
    m_pending = true;
    commitPending();
    underlineMisspelt();
}

void LineEditor::addMenuActions(QMenu *menu, QObject *watched, const QPoint &globalPos)
{
    if (watched != m_edit || !m_spellCheck || !m_spellCheck->isEnabled() || m_edit->isReadOnly())
        return;
    underlineMisspelt();
    const int at = m_edit->cursorPositionAt(m_edit->mapFromGlobal(globalPos));
    for (const SpellWord &word : std::as_const(m_misspelt)) {
        if (at >= word.position && at <= word.position + word.length) {
            SpellHighlighter::addMenuActions(
                menu, m_spellCheck, m_edit->text().mid(word.position, word.length),
                [this, word](const QString &replacement) { replaceWord(word, replacement); });
            return;
        }
    }
}

} // namespace kd
