#include "dateeditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace kd {

DateEditor::DateEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_set(new QCheckBox(this))
    , m_date(new QDateEdit(this))
{
    m_set->setToolTip(tr("Whether there is a date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Report a date once it is complete, not after every digit typed.
    m_date->setKeyboardTracking(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_date);
    layout->addStretch();
    setFocusProxy(m_set);

    connect(m_set, &QCheckBox::clicked, this, [this](bool checked) {
        m_date->setEnabled(checked && !m_readOnly);
        commitCurrent();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &DateEditor::commitCurrent);
    connect(m_date, &QDateEdit::editingFinished, this, &DateEditor::commitCurrent);
}

QWidget *DateEditor::focusTarget() const
{
    // The box is always focusable; the date edit is disabled while there is no date.
    return m_set;
}

QList<QWidget *> DateEditor::tabChain() const
{
    return {m_set, m_date};
}

void DateEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_set->setEnabled(!readOnly);
    m_date->setEnabled(!readOnly && m_set->isChecked());
}

void DateEditor::commitCurrent()
{
    const QVariant value = m_set->isChecked() ? QVariant(m_date->date()) : QVariant(QDate());
    if (value != shownValue())
        commit(value);
}

void DateEditor::display(const QVariant &value)
{
    const QDate date = value.toDate();
    const QSignalBlocker blockDate(m_date);
    m_set->setChecked(date.isValid());
    // With no date the edit keeps showing a sensible starting point for when one is set.
    if (date.isValid())
        m_date->setDate(date);
    else
        m_date->setDate(QDate::currentDate());
    m_date->setEnabled(date.isValid() && !m_readOnly);
}

} // namespace kd
