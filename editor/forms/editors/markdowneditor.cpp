#include "markdowneditor.h"

#include "forms/markdownedit.h"

#include <QTextEdit>
#include <QVBoxLayout>

namespace kd {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new MarkdownEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

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
}

} // namespace kd
