#pragma once

#include "document/entityclipboard.h"
#include "model/entitykind.h"

#include <QList>
#include <QTreeView>

class QAction;

namespace kd {

class ProjectDocument;
class ProjectTreeModel;
struct Referrer;

// The project tree and the edits made on it: add, delete, rename, duplicate, cut, copy, paste
// and drag-to-reorder. The actions act on the current item; the main window puts them in its
// Edit menu, the tree in its context menu. Every edit is an undo command on the document.
class ProjectTree : public QTreeView
{
    Q_OBJECT

public:
    explicit ProjectTree(ProjectDocument *document, QWidget *parent = nullptr);

    ProjectTreeModel *treeModel() const { return m_model; }
    // The current entity, if an entity (not a group) is current.
    bool currentEntity(EntityKind *kind, QString *uid) const;
    void selectEntity(const QString &uid);

    QAction *deleteAction() const { return m_delete; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    // "Add scenario", "Add segment", ...: one per kind shown in the tree.
    QList<QAction *> entityAddActions() const { return m_addActions; }

signals:
    void entitySelected(kd::EntityKind kind, const QString &uid);
    void nothingSelected();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void addEntity(EntityKind kind);
    void deleteCurrent();
    bool removeEntity(EntityKind kind, const QString &uid, const QString &text);
    bool confirmRemoval(EntityKind kind, const QString &uid, const QList<Referrer> &referrers);
    QString referrerText(const Referrer &referrer) const;
    void dropReference(const Referrer &referrer);
    void duplicateCurrent();
    void copyCurrent();
    void cutCurrent();
    void pasteHere();
    void updateActions();
    void onCurrentChanged(const QModelIndex &current);
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        void (ProjectTree::*slot)());

    ProjectDocument *m_document;
    ProjectTreeModel *m_model;
    EntityClipboard m_clipboard;
    QAction *m_delete;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QList<QAction *> m_addActions;
};

} // namespace kd
