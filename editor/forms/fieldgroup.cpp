#include "fieldgroup.h"

#include "fieldeditor.h"
#include "fieldeditorfactory.h"
#include "fieldtable.h"

#include "document/entitylabels.h"
#include "document/keyfollowstitle.h"
#include "document/projectdocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>

namespace kd {

FieldGroup::FieldGroup(ProjectDocument *document, EntityKind kind, const QString &uid,
                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(kind)
    , m_uid(uid)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (const FieldSpec &spec : FieldTable::fields(kind)) {
        auto *label = new QLabel(spec.labelWithMnemonic(), this);
        FieldEditor *editor = FieldEditorFactory::create(spec, document, uid, this);
        editor->setObjectName(spec.name);
        editor->useProjectHistory(document->undoStack());
        label->setBuddy(editor->focusTarget());
        m_layout->addRow(label, editor);
        m_rows.append({&spec, label, editor});
        const Row row = m_rows.last();
        connect(editor, &FieldEditor::committed, this,
                [this, row](const QVariant &value) { onCommitted(row, value); });
    }
    // Creation order is not always chain order (editors build inner widgets in layout order,
    // not Tab order): say it explicitly.
    const QList<QWidget *> chain = tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    if (!chain.isEmpty())
        setFocusProxy(chain.first());

    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind changedKind, const QString &changedUid, const QString &field) {
                if (changedKind != m_kind || changedUid != m_uid)
                    return;
                bool known = false;
                for (const Row &row : std::as_const(m_rows)) {
                    if (row.spec->name == field) {
                        refreshRow(row);
                        known = true;
                    }
                }
                if (!known)
                    refresh();
            });
    connect(document, &ProjectDocument::entityInserted, this,
            [this](EntityKind insertedKind, const QString &insertedUid) {
                // Undoing the delete of the entity shown here brings it back.
                if (insertedKind == m_kind && insertedUid == m_uid)
                    refresh();
            });
    setReadOnly(document->isReadOnly());
    refresh();
}

FieldEditor *FieldGroup::editor(const QString &field) const
{
    for (const Row &row : m_rows)
        if (row.spec->name == field)
            return row.editor;
    return nullptr;
}

QLabel *FieldGroup::label(const QString &field) const
{
    for (const Row &row : m_rows)
        if (row.spec->name == field)
            return row.label;
    return nullptr;
}

bool FieldGroup::focusField(const QString &field)
{
    FieldEditor *fieldEditor = editor(field);
    if (!fieldEditor)
        return false;
    fieldEditor->focusTarget()->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldGroup::commitPendingEdits()
{
    for (const Row &row : std::as_const(m_rows))
        row.editor->commitPending();
}

void FieldGroup::refresh()
{
    for (const Row &row : std::as_const(m_rows))
        refreshRow(row);
}

void FieldGroup::refreshRow(const Row &row)
{
    if (!m_document)
        return;
    if (const std::optional<QVariant> value = row.spec->read(*m_document, m_uid))
        row.editor->showValue(*value);
}

void FieldGroup::setReadOnly(bool readOnly)
{
    for (const Row &row : std::as_const(m_rows))
        row.editor->setReadOnly(readOnly);
}

QList<QWidget *> FieldGroup::tabChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain += row.editor->tabChain();
    return chain;
}

void FieldGroup::onCommitted(const Row &row, const QVariant &value)
{
    if (!m_document)
        return;
    const std::optional<QVariant> current = row.spec->read(*m_document, m_uid);
    if (!current || m_document->isReadOnly())
        return;
    const QString uid = m_kind == EntityKind::Project ? m_document->project().info.uid : m_uid;
    // The field changed under the user's typing (another session's edit came in): they decide.
    if (m_document->isServer() && *current != value && *current != row.editor->committedFrom()
        && !resolveConflict(row, uid, *current, value)) {
        row.editor->showValue(*current);
        return;
    }
    if (*current != value) {
        // The naming field's edit may carry the key along (KeyFollowsTitle).
        QUndoCommand *command
            = row.spec->name == EntityLabels::labelField(m_kind)
                  ? KeyFollowsTitle::rename(m_document, m_kind, uid, value.toString())
                  : row.spec->change(m_document, uid, value);
        if (command)
            m_document->undoStack()->push(command);
    }
    // A write that failed left the model as it was: show that rather than text the file lacks.
    refreshRow(row);
}

} // namespace kd

namespace kd {

bool FieldGroup::resolveConflict(const Row &row, const QString &uid, const QVariant &theirs,
                                 const QVariant &mine)
{
    EditConflict conflict;
    conflict.kind = m_kind;
    conflict.uid = uid;
    conflict.field = row.spec->name;
    conflict.fieldLabel = row.label ? row.label->text().remove(u'&') : row.spec->name;
    conflict.theirs = row.spec->text(*m_document, theirs);
    conflict.mine = row.spec->text(*m_document, mine);
    const ChangeLogEntry last = m_document->lastChangeOf(m_kind, uid, row.spec->name);
    conflict.author = last.author;
    conflict.time = last.time;
    return m_document->resolveConflict(conflict);
}

} // namespace kd
