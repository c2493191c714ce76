#include "fieldeditor.h"

namespace kd {

FieldEditor::FieldEditor(QWidget *parent)
    : QWidget(parent)
{}

void FieldEditor::showValue(const QVariant &value)
{
    if (m_hasShown && value == m_shown)
        return;
    if (hasPendingEdit())
        return;
    m_shown = value;
    m_hasShown = true;
    display(value);
}

void FieldEditor::commit(const QVariant &value)
{
    m_committedFrom = m_shown;
    m_shown = value;
    m_hasShown = true;
    emit committed(value);
}

} // namespace kd
