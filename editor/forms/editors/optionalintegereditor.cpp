#include "optionalintegereditor.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace kd {

namespace {
constexpr int unknownValue = -1;
}

OptionalIntegerEditor::OptionalIntegerEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_spin(new QSpinBox(this))
{
    m_spin->setRange(unknownValue, 150);
    m_spin->setSpecialValueText(tr("unknown"));
    // valueChanged only for a finished entry (Enter, focus-out, arrows), not for every digit.
    m_spin->setKeyboardTracking(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addStretch();
    setFocusProxy(m_spin);

    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
        const QVariant encoded = value == unknownValue ? QVariant() : QVariant(value);
        if (encoded != shownValue())
            commit(encoded);
    });
}

QWidget *OptionalIntegerEditor::focusTarget() const
{
    return m_spin;
}

void OptionalIntegerEditor::setReadOnly(bool readOnly)
{
    m_spin->setReadOnly(readOnly);
    m_spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                      : QAbstractSpinBox::UpDownArrows);
}

void OptionalIntegerEditor::display(const QVariant &value)
{
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(value.isValid() ? value.toInt() : unknownValue);
}

} // namespace kd
