#pragma once

#include "forms/fieldeditor.h"

class QLineEdit;
class QToolButton;

namespace kd {

// A colour as "#rrggbb": a swatch button that opens the colour dialog, and the hex code to type.
class ColourEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ColourEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    QList<QWidget *> tabChain() const override;
    void setReadOnly(bool readOnly) override;
    bool hasPendingEdit() const override { return m_pending; }
    void commitPending() override;

    QLineEdit *lineEdit() const { return m_hex; }
    QToolButton *swatchButton() const { return m_swatch; }

protected:
    void display(const QVariant &value) override;

private:
    void chooseColour();
    void updateSwatch(const QString &name);

    QToolButton *m_swatch;
    QLineEdit *m_hex;
    bool m_pending = false;
};

} // namespace kd
