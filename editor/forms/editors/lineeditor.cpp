#include "lineeditor.h"

#include <QHBoxLayout>
#include <QLineEdit>

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
}

} // namespace kd
