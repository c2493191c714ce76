#pragma once

#include "forms/fieldeditor.h"

class QSpinBox;

namespace kd {

// An integer that may be unknown (a person's age): the spin box's lowest step reads "unknown".
class OptionalIntegerEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit OptionalIntegerEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;

    QSpinBox *spinBox() const { return m_spin; }

protected:
    void display(const QVariant &value) override;

private:
    QSpinBox *m_spin;
};

} // namespace kd
