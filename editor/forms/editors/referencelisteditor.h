#pragma once

#include "forms/fieldeditor.h"

#include "model/entitykind.h"

class QListWidget;
class QToolButton;

namespace kd {

class ProjectDocument;

// An ordered list of references: every candidate with a check box, the chosen ones first in
// their order, and Move up / Move down to reorder them. Checking a candidate appends it.
class ReferenceListEditor : public FieldEditor
{
    Q_OBJECT

public:
    ReferenceListEditor(ProjectDocument *document, EntityKind kind, const QString &ownerUid,
                        QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;

    QListWidget *listWidget() const { return m_list; }
    // Moves the current row by delta (-1 up, +1 down) and commits the new order.
    void moveCurrent(int delta);

protected:
    void display(const QVariant &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate(const QStringList &chosen);
    QStringList checkedUids() const;
    void commitChecked();
    void updateButtons();

    ProjectDocument *m_document;
    EntityKind m_kind;
    QString m_ownerUid;
    QListWidget *m_list;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_readOnly = false;
};

} // namespace kd
