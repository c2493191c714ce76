#include "projecttree.h"

#include "commands/structurecommands.h"
#include "document/entityfactory.h"
#include "document/entitylabels.h"
#include "document/projectdocument.h"
#include "forms/enumlabels.h"
#include "forms/fieldtable.h"
#include "model/description.h"
#include "model/referrers.h"
#include "models/projecttreemodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace kd {
namespace {

constexpr EntityKind addableKinds[] = {
    EntityKind::Scenario, EntityKind::Person,       EntityKind::Segment,
    EntityKind::Dilemma,  EntityKind::Professional, EntityKind::LegalSource,
    EntityKind::Theme,    EntityKind::GlossaryTerm, EntityKind::LifeDomain,
    EntityKind::Asset,
};

} // namespace

ProjectTree::ProjectTree(ProjectDocument *document, QWidget *parent)
    : QTreeView(parent)
    , m_document(document)
    , m_model(new ProjectTreeModel(document, this))
{
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    // Renaming is asked for (F2, Edit > Rename): a click on the selected item, to get back to
    // its form, must not start editing its title in place.
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);

    m_delete = makeAction(tr("&Delete"), QKeySequence::Delete, &ProjectTree::deleteCurrent);
    m_rename = makeAction(tr("&Rename"), Qt::Key_F2, nullptr);
    connect(m_rename, &QAction::triggered, this, [this] { edit(currentIndex()); });
    m_duplicate
        = makeAction(tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), &ProjectTree::duplicateCurrent);
    m_cut = makeAction(tr("Cu&t"), QKeySequence::Cut, &ProjectTree::cutCurrent);
    m_copy = makeAction(tr("&Copy"), QKeySequence::Copy, &ProjectTree::copyCurrent);
    m_paste = makeAction(tr("&Paste"), QKeySequence::Paste, &ProjectTree::pasteHere);
    for (EntityKind kind : addableKinds) {
        // The capitalised kind: in Dutch the noun comes first ("Casus toevoegen").
        auto *action = new QAction(tr("Add %1").arg(EnumLabels::kindLabel(kind)), this);
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addEntity(kind); });
        m_addActions.append(action);
    }
    // The shortcuts work while the tree has focus; forms keep Ctrl+C/V for their text.
    for (QAction *action : {m_delete, m_rename, m_duplicate, m_cut, m_copy, m_paste})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_delete, m_rename, m_duplicate, m_cut, m_copy, m_paste});

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandToDepth(0);
        updateActions();
    });
    // A new entity becomes current, so the user can name it at once.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first) {
                expand(parent);
                setCurrentIndex(m_model->index(first, 0, parent));
            });
    connect(m_document, &ProjectDocument::projectChanged, this, &ProjectTree::updateActions);
    updateActions();
}

QAction *ProjectTree::makeAction(const QString &text, const QKeySequence &shortcut,
                                 void (ProjectTree::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

bool ProjectTree::currentEntity(EntityKind *kind, QString *uid) const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || index.data(ProjectTreeModel::IsGroupRole).toBool())
        return false;
    *kind = EntityKind(index.data(ProjectTreeModel::KindRole).toInt());
    *uid = index.data(ProjectTreeModel::UidRole).toString();
    return true;
}

void ProjectTree::selectEntity(const QString &uid)
{
    const QModelIndex index = m_model->indexOf(uid);
    if (index.isValid()) {
        scrollTo(index);
        setCurrentIndex(index);
    }
}

void ProjectTree::onCurrentChanged(const QModelIndex &)
{
    updateActions();
    EntityKind kind;
    QString uid;
    if (currentEntity(&kind, &uid))
        emit entitySelected(kind, uid);
    else
        emit nothingSelected();
}

void ProjectTree::updateActions()
{
    const bool editable = m_document->isOpen() && !m_document->isReadOnly();
    EntityKind kind;
    QString uid;
    const bool entity = currentEntity(&kind, &uid);
    m_delete->setEnabled(editable && entity);
    m_rename->setEnabled(editable && entity);
    m_duplicate->setEnabled(editable && entity);
    m_cut->setEnabled(editable && entity);
    m_copy->setEnabled(m_document->isOpen() && entity);
    QString owner;
    int index = 0;
    m_paste->setEnabled(
        editable && !m_clipboard.isEmpty()
        && m_model->insertionPoint(*m_clipboard.kind(), currentIndex(), &owner, &index));
    for (QAction *action : m_addActions)
        action->setEnabled(editable
                           && m_model->insertionPoint(EntityKind(action->data().toInt()),
                                                      currentIndex(), &owner, &index));
}

void ProjectTree::addEntity(EntityKind kind)
{
    QString owner;
    int index = 0;
    if (!m_model->insertionPoint(kind, currentIndex(), &owner, &index))
        return;
    if (QUndoCommand *command = EntityFactory::createNew(m_document, kind, owner, index))
        m_document->undoStack()->push(command);
}

void ProjectTree::deleteCurrent()
{
    EntityKind kind;
    QString uid;
    if (currentEntity(&kind, &uid))
        removeEntity(kind, uid, tr("Delete %1").arg(EntityLabels::kindName(kind)));
}

// Removes the entity as one undo step. What names it elsewhere (a dilemma's professional, a
// moment's persons) would point at nothing: the user is told what, and agreeing removes those
// references in the same step.
bool ProjectTree::removeEntity(EntityKind kind, const QString &uid, const QString &text)
{
    const QList<Referrer> referrers = referrersOf(m_document->project(), uid);
    if (!referrers.isEmpty() && !confirmRemoval(kind, uid, referrers))
        return false;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text);
    for (const Referrer &referrer : referrers)
        dropReference(referrer);
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        stack->push(new RemoveEntity<T>(m_document, uid, text));
    });
    stack->endMacro();
    return true;
}

bool ProjectTree::confirmRemoval(EntityKind kind, const QString &uid,
                                 const QList<Referrer> &referrers)
{
    constexpr qsizetype shown = 10;
    QStringList lines;
    for (const Referrer &referrer : referrers.first(std::min(shown, referrers.size())))
        lines.append(referrerText(referrer));
    if (referrers.size() > shown)
        lines.append(tr("and %n more", nullptr, int(referrers.size() - shown)));
    QMessageBox box(QMessageBox::Warning, tr("Delete"),
                    tr("\u201c%1\u201d is named in %n place(s). Deleting it also removes it "
                       "there.",
                       nullptr, int(referrers.size()))
                        .arg(EntityLabels::label(*m_document, kind, uid)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

// "legal reference “lid 1” of dilemma “Mag ik…?” (Legal source)"
QString ProjectTree::referrerText(const Referrer &referrer) const
{
    const FieldSpec *spec = FieldTable::field(referrer.kind, referrer.field);
    QString text = tr("%1 \u201c%2\u201d")
                       .arg(EntityLabels::kindName(referrer.kind),
                            EntityLabels::label(*m_document, referrer.kind, referrer.uid));
    const EntityKind ownerKind = describe(referrer.kind).parent;
    if (ownerKind == EntityKind::Dilemma)
        text = tr("%1 of %2 \u201c%3\u201d")
                   .arg(text, EntityLabels::kindName(ownerKind),
                        EntityLabels::label(*m_document, ownerKind, referrer.owner));
    return tr("%1 (%2)").arg(text, spec ? spec->label() : referrer.field);
}

// Takes the referrer's reference to its target out: a list loses the uid, a single reference
// becomes empty.
void ProjectTree::dropReference(const Referrer &referrer)
{
    const FieldSpec *spec = FieldTable::field(referrer.kind, referrer.field);
    const std::optional<QVariant> value
        = spec ? spec->read(*m_document, referrer.uid) : std::nullopt;
    if (!value)
        return;
    QVariant without;
    if (value->typeId() == QMetaType::QStringList) {
        QStringList list = value->toStringList();
        list.removeAll(referrer.target);
        without = list;
    } else {
        without = QString();
    }
    m_document->undoStack()->push(spec->change(m_document, referrer.uid, without));
}

void ProjectTree::duplicateCurrent()
{
    EntityKind kind;
    QString uid;
    if (!currentEntity(&kind, &uid))
        return;
    if (QUndoCommand *command = EntityFactory::duplicate(m_document, kind, uid))
        m_document->undoStack()->push(command);
}

void ProjectTree::copyCurrent()
{
    EntityKind kind;
    QString uid;
    if (currentEntity(&kind, &uid))
        m_clipboard.copy(*m_document, kind, uid);
    updateActions();
}

void ProjectTree::cutCurrent()
{
    EntityKind kind;
    QString uid;
    if (!currentEntity(&kind, &uid))
        return;
    m_clipboard.copy(*m_document, kind, uid);
    removeEntity(kind, uid, tr("Cut %1").arg(EntityLabels::kindName(kind)));
}

void ProjectTree::pasteHere()
{
    if (m_clipboard.isEmpty())
        return;
    QString owner;
    int index = 0;
    if (!m_model->insertionPoint(*m_clipboard.kind(), currentIndex(), &owner, &index))
        return;
    if (QUndoCommand *command = m_clipboard.pasteCommand(m_document, owner, index))
        m_document->undoStack()->push(command);
}

void ProjectTree::contextMenuEvent(QContextMenuEvent *event)
{
    updateActions();
    QMenu menu(this);
    for (QAction *action : m_addActions)
        if (action->isEnabled())
            menu.addAction(action);
    menu.addSeparator();
    menu.addActions({m_rename, m_duplicate});
    menu.addSeparator();
    menu.addActions({m_cut, m_copy, m_paste});
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(event->globalPos());
}

} // namespace kd
