#pragma once

#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <memory>

class QMenu;
class QUndoStack;

namespace kd {

// The widget that edits one field (see FieldSpec for how values are encoded). The form calls
// showValue() whenever the model's value may have changed; the editor emits committed() when
// the user has finished an edit, and the form turns that into one ChangeProperty.
//
// showValue() never overwrites an edit in progress: while the user has typed something not yet
// committed, the typed text stays. Showing the value already shown does nothing, so a commit
// coming back as entityChanged leaves the cursor where it is.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(QWidget *parent = nullptr);

    void showValue(const QVariant &value);
    // The widget that takes focus for the field (the label's buddy).
    virtual QWidget *focusTarget() const = 0;
    // Every widget of the editor that takes Tab focus, in order.
    virtual QList<QWidget *> tabChain() const { return {focusTarget()}; }
    virtual void setReadOnly(bool readOnly) = 0;
    // True while the user has changed the value without committing it yet.
    virtual bool hasPendingEdit() const { return false; }
    // Commits an edit in progress now (before undo, before the form goes away).
    virtual void commitPending() {}

    // The value shown before the last commit: what the user's edit started from. When the
    // model holds something else by then, someone else changed the field meanwhile.
    const QVariant &committedFrom() const { return m_committedFrom; }

    // How long typing must pause before a text field commits on its own.
    static int idleCommitInterval() { return 1000; }

    // Gives Undo and Redo in the editor's widgets (their keys and context menus) to the project's
    // history: an edit in progress is committed first, then the stack takes the step. Without
    // this a text field keeps a history of its own, and undoing in it pushes a new change that
    // clears the project's redo.
    void useProjectHistory(QUndoStack *stack);

    // The context menu for a right click at globalPos on one of the editor's widgets (watched):
    // the widget's own, with Undo and Redo taken by the project's history, and what
    // addMenuActions() puts first. Null for a widget without a menu.
    std::unique_ptr<QMenu> contextMenu(QObject *watched, const QPoint &globalPos);

signals:
    void committed(const QVariant &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Puts the value in the widgets, without emitting committed().
    virtual void display(const QVariant &value) = 0;
    // Records the value as shown and emits committed().
    void commit(const QVariant &value);
    const QVariant &shownValue() const { return m_shown; }
    // Adds the editor's own actions to the top of a widget's context menu (spelling).
    virtual void addMenuActions(QMenu *menu, QObject *watched, const QPoint &globalPos);

private:
    void stepHistory(bool redo);
    bool showContextMenu(QObject *watched, const QPoint &globalPos);

    QPointer<QUndoStack> m_history;
    QVariant m_shown;
    QVariant m_committedFrom;
    bool m_hasShown = false;
};

} // namespace kd
