#pragma once

#include "model/entitykind.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QVariant>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace kd {

class FieldEditor;
class ProjectDocument;
struct FieldSpec;

// The fields of one entity, laid out label by editor in FieldTable order. Each commit of an
// editor becomes one ChangeProperty on the document's undo stack (nothing when the value did
// not change), and entityChanged for the entity brings the model's value back into the editors.
// EntityForm uses one for the entity it shows and one per option or legal reference of a
// dilemma.
class FieldGroup : public QWidget
{
    Q_OBJECT

public:
    FieldGroup(ProjectDocument *document, EntityKind kind, const QString &uid,
               QWidget *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    QString uid() const { return m_uid; }

    // The editor of the field, or nullptr when the kind has no such field.
    FieldEditor *editor(const QString &field) const;
    QLabel *label(const QString &field) const;
    // Gives the field's editor keyboard focus; false when there is no such field.
    bool focusField(const QString &field);
    void commitPendingEdits();
    // Shows the model's values (edits in progress are kept).
    void refresh();
    void setReadOnly(bool readOnly);
    // Every widget that takes Tab focus, in field order.
    QList<QWidget *> tabChain() const;

private:
    struct Row
    {
        const FieldSpec *spec;
        QLabel *label;
        FieldEditor *editor;
    };

    void refreshRow(const Row &row);
    void onCommitted(const Row &row, const QVariant &value);
    bool resolveConflict(const Row &row, const QString &uid, const QVariant &theirs,
                         const QVariant &mine);

    // Guarded: a form destroyed after the document still commits nothing into the void.
    QPointer<ProjectDocument> m_document;
    EntityKind m_kind;
    QString m_uid;
    QFormLayout *m_layout;
    QList<Row> m_rows;
};

} // namespace kd
