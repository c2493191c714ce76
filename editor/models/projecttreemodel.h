#pragma once

#include "model/entitykind.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace kd {

class ProjectDocument;

// The project as a tree: Scenarios (each with a Persons group, then its segments, each with its
// dilemmas), then Professionals, Legal sources, Themes, Glossary, Life domains and Assets.
// It mirrors the document through its change signals (rows are inserted, removed and moved, not
// reset), renames an entity through its label field, and reorders by drag and drop; every change
// it makes is an undo command. A dilemma or legal source shows its review state as an icon
// (ReviewStateIcon), in words in its tooltip.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // EntityKind as int: of the entity, or of a group's children
        UidRole,                     // the entity's uid; for a group, the uid of its owner
        IsGroupRole,
    };

    explicit ProjectTreeModel(ProjectDocument *document, QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOf(const QString &uid) const;
    // Where a new or pasted entity of `kind` goes when `selected` is the current item: after a
    // selected entity of the same kind, at the end of a selected group or owner, or at the end of
    // its top-level group. False when the selection gives no place for that kind.
    bool insertionPoint(EntityKind kind, const QModelIndex &selected, QString *ownerUid,
                        int *index) const;
    // The group that lists entities of a kind under an owner (a scenario's persons, the legal
    // sources); an invalid index for kinds shown directly under their owner.
    QModelIndex groupIndex(EntityKind kind, const QString &ownerUid = {}) const;

private:
    struct Node;
    struct DropTarget
    {
        EntityKind kind;
        QString uid;
        QString parentUid;
        int index;
    };

    void rebuild();
    std::unique_ptr<Node> buildEntity(EntityKind kind, const QString &uid, Node *parent);
    template<typename T>
    std::unique_ptr<Node> buildNode(const T &entity, Node *parent);
    std::unique_ptr<Node> buildGroup(EntityKind kind, const QString &ownerUid, Node *parent);
    void forget(Node *node);
    Node *container(EntityKind kind, const QString &parentUid) const;
    static int rowOffset(EntityKind kind);
    QModelIndex indexOf(const Node *node) const;
    Node *nodeAt(const QModelIndex &index) const;
    void refreshSegmentNumbers(Node *scenario);
    bool resolveDrop(const QMimeData *data, int row, const QModelIndex &parent,
                     DropTarget *target) const;

    void onInserted(EntityKind kind, const QString &uid, const QString &parentUid, int index);
    void onRemoved(EntityKind kind, const QString &uid, const QString &parentUid, int index);
    void onMoved(EntityKind kind, const QString &uid, const QString &oldParentUid, int oldIndex,
                 const QString &newParentUid, int newIndex);
    void onChanged(EntityKind kind, const QString &uid, const QString &field);
    // The review state's icon of a dilemma or legal source (or of the dilemma that owns an
    // option or legal reference) may have changed: it is read again when next shown.
    void reviewMayHaveChanged(EntityKind kind, const QString &uid, const QString &parentUid = {});
    void allReviewsMayHaveChanged();
    int reviewLook(const QString &uid) const;

    ProjectDocument *m_document;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_nodes; // entity uid -> node
    // ReviewStateIcon::Look of the dilemmas and legal sources shown so far, as int: computed when
    // a row is painted, forgotten when the entity, its reviews or the trusted keys change.
    mutable QHash<QString, int> m_reviewLooks;
};

} // namespace kd
