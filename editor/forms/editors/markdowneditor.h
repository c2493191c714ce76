#pragma once

#include "forms/fieldeditor.h"

#include <QTimer>

namespace kd {

class MarkdownEdit;

// A formatted field. Commits on focus-out and after a pause in typing, and only when the user
// changed the document: re-saving normalised Markdown of an untouched field would be a
// spurious edit.
class MarkdownEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    bool hasPendingEdit() const override;
    void commitPending() override;

    MarkdownEdit *markdownEdit() const { return m_edit; }

protected:
    void display(const QVariant &value) override;

private:
    MarkdownEdit *m_edit;
    QTimer m_idle;
};

} // namespace kd
