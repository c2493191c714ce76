#include "fieldeditor.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTextEdit>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace kd {
namespace {

// Undo or Redo (true), or neither, for a key event.
std::optional<bool> historyKey(const QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return std::nullopt;
    const auto *key = static_cast<const QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo))
        return false;
    if (key->matches(QKeySequence::Redo))
        return true;
    return std::nullopt;
}

// The standard context menu of a text widget (a line edit, or a text edit whose viewport got
// the event), or null for any other widget.
QMenu *standardMenu(QObject *watched, const QPoint &globalPos)
{
    if (auto *line = qobject_cast<QLineEdit *>(watched))
        return line->createStandardContextMenu();
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *text = viewport ? qobject_cast<QTextEdit *>(viewport->parentWidget()) : nullptr;
    if (text && text->viewport() == viewport)
        return text->createStandardContextMenu(viewport->mapFromGlobal(globalPos));
    return nullptr;
}

} // namespace

FieldEditor::FieldEditor(QWidget *parent)
    : QWidget(parent)
{}

void FieldEditor::showValue(const QVariant &value)
{
    if (m_hasShown && value == m_shown)
        return;
    if (hasPendingEdit())
        return;
    m_shown = value;
    m_hasShown = true;
    display(value);
}

void FieldEditor::useProjectHistory(QUndoStack *stack)
{
    m_history = stack;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        widget->installEventFilter(this);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_history)
        return QWidget::eventFilter(watched, event);
    if (const std::optional<bool> redo = historyKey(event)) {
        // Not taking the override lets the window's Undo and Redo actions have the key; the
        // key itself comes only when they are disabled.
        if (event->type() == QEvent::ShortcutOverride)
            event->ignore();
        else
            stepHistory(*redo);
        return true;
    }
    if (event->type() == QEvent::ContextMenu)
        return showContextMenu(watched, static_cast<QContextMenuEvent *>(event)->globalPos());
    return QWidget::eventFilter(watched, event);
}

void FieldEditor::stepHistory(bool redo)
{
    commitPending();
    if (m_history && redo)
        m_history->redo();
    else if (m_history)
        m_history->undo();
}

std::unique_ptr<QMenu> FieldEditor::contextMenu(QObject *watched, const QPoint &globalPos)
{
    std::unique_ptr<QMenu> menu(standardMenu(watched, globalPos));
    if (!menu)
        return menu;
    const bool pending = hasPendingEdit();
    for (QAction *action : menu->actions()) {
        const bool redo = action->objectName() == QLatin1String("edit-redo");
        if (!m_history || (!redo && action->objectName() != QLatin1String("edit-undo")))
            continue;
        action->disconnect();
        action->setEnabled(redo ? m_history->canRedo() && !pending
                                : m_history->canUndo() || pending);
        connect(action, &QAction::triggered, this, [this, redo] { stepHistory(redo); });
    }
    addMenuActions(menu.get(), watched, globalPos);
    return menu;
}

void FieldEditor::addMenuActions(QMenu *, QObject *, const QPoint &) {}

bool FieldEditor::showContextMenu(QObject *watched, const QPoint &globalPos)
{
    const std::unique_ptr<QMenu> menu = contextMenu(watched, globalPos);
    if (!menu)
        return false;
    menu->exec(globalPos);
    return true;
}

void FieldEditor::commit(const QVariant &value)
{
    m_committedFrom = m_shown;
    m_shown = value;
    m_hasShown = true;
    emit committed(value);
}

} // namespace kd
