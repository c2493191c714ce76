#include "enumerationeditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace kd {

EnumerationEditor::EnumerationEditor(const QList<std::pair<QString, QString>> &choices,
                                     QWidget *parent)
    : FieldEditor(parent)
    , m_combo(new QComboBox(this))
{
    for (const auto &[name, label] : choices)
        m_combo->addItem(label, name);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch();
    setFocusProxy(m_combo);
    // activated: only the user's choice, never display().
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { commit(m_combo->itemData(index)); });
}

QWidget *EnumerationEditor::focusTarget() const
{
    return m_combo;
}

void EnumerationEditor::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

void EnumerationEditor::display(const QVariant &value)
{
    int index = m_combo->findData(value.toString());
    if (index < 0) {
        // A name this version does not know: show it rather than pretend it is another value.
        m_combo->addItem(value.toString(), value.toString());
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

} // namespace kd
