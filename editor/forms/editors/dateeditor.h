#pragma once

#include "forms/fieldeditor.h"

class QCheckBox;
class QDateEdit;

namespace kd {

// A date that may be absent: a check box says whether there is one, the date edit holds it.
// Commits when the box is toggled and when the date edit finishes an edit.
class DateEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit DateEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    QList<QWidget *> tabChain() const override;
    void setReadOnly(bool readOnly) override;

    QCheckBox *checkBox() const { return m_set; }
    QDateEdit *dateEdit() const { return m_date; }

protected:
    void display(const QVariant &value) override;

private:
    void commitCurrent();

    QCheckBox *m_set;
    QDateEdit *m_date;
    bool m_readOnly = false;
};

} // namespace kd
