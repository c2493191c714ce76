#pragma once

#include "forms/fieldeditor.h"

#include <QTimer>

class QLineEdit;

namespace kd {

// A single line of plain text. Commits on Enter, on focus-out and after a pause in typing.
class LineEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit LineEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    bool hasPendingEdit() const override { return m_pending; }
    void commitPending() override;

    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void display(const QVariant &value) override;

private:
    QLineEdit *m_edit;
    QTimer m_idle;
    bool m_pending = false;
};

} // namespace kd
