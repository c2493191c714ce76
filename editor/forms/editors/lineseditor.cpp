#include "lineseditor.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kd {

LinesEditor::LinesEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 6);
    m_edit->installEventFilter(this);

    m_idle.setSingleShot(true);
    m_idle.setInterval(idleCommitInterval());
    connect(&m_idle, &QTimer::timeout, this, &LinesEditor::commitPending);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_edit->document()->isModified())
            m_idle.start();
    });
}

QWidget *LinesEditor::focusTarget() const
{
    return m_edit;
}

void LinesEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool LinesEditor::hasPendingEdit() const
{
    return m_edit->document()->isModified();
}

void LinesEditor::commitPending()
{
    m_idle.stop();
    if (!m_edit->document()->isModified())
        return;
    m_edit->document()->setModified(false);
    commit(m_edit->toPlainText());
}

void LinesEditor::display(const QVariant &value)
{
    m_idle.stop();
    const QString text = value.toString();
    if (text != m_edit->toPlainText())
        m_edit->setPlainText(text);
    m_edit->document()->setModified(false);
}

bool LinesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commitPending();
    return FieldEditor::eventFilter(watched, event);
}

} // namespace kd
