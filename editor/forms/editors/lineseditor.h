#pragma once

#include "forms/fieldeditor.h"

#include <QTimer>

class QPlainTextEdit;

namespace kd {

// Plain text of several lines, one item a line (the project dictionary, the jargon list).
// Commits on focus-out and after a pause in typing, and only when the user changed the text.
class LinesEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit LinesEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    bool hasPendingEdit() const override;
    void commitPending() override;

    QPlainTextEdit *textEdit() const { return m_edit; }

protected:
    void display(const QVariant &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    QTimer m_idle;
};

} // namespace kd
