#pragma once

#include "forms/fieldeditor.h"

#include <QList>
#include <QString>

#include <utility>

class QComboBox;

namespace kd {

// One value of a closed vocabulary, shown by its translated label, stored by its stable name.
class EnumerationEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit EnumerationEditor(const QList<std::pair<QString, QString>> &choices,
                               QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;

    QComboBox *comboBox() const { return m_combo; }

protected:
    void display(const QVariant &value) override;

private:
    QComboBox *m_combo;
};

} // namespace kd
