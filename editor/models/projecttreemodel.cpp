#include "projecttreemodel.h"

#include "commands/structurecommands.h"
#include "document/entitylabels.h"
#include "document/keyfollowstitle.h"
#include "document/projectdocument.h"
#include "document/reviewwords.h"
#include "model/description.h"
#include "review/lawchanges.h"
#include "review/reviewledger.h"
#include "reviewstateicon.h"

#include <QColor>
#include <QCoreApplication>
#include <QIODevice>
#include <QMimeData>

namespace kd {
namespace {

const QString entityMimeType = QStringLiteral("application/x-kd-entity");

constexpr EntityKind topLevelKinds[] = {
    EntityKind::Scenario,     EntityKind::Professional, EntityKind::LegalSource, EntityKind::Theme,
    EntityKind::GlossaryTerm, EntityKind::LifeDomain,   EntityKind::Asset,
};

bool shownInTree(EntityKind kind)
{
    return kind != EntityKind::Option && kind != EntityKind::LegalReference
           && kind != EntityKind::Project && !isRecordKind(kind);
}

} // namespace

struct ProjectTreeModel::Node
{
    bool group = false;
    EntityKind kind = EntityKind::Project; // the entity's kind, or the kind a group lists
    QString uid;                           // the entity's uid, or the group owner's uid
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return -1;
    }
};

ProjectTreeModel::ProjectTreeModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_root(std::make_unique<Node>())
{
    connect(document, &ProjectDocument::projectChanged, this, &ProjectTreeModel::rebuild);
    connect(document, &ProjectDocument::entityInserted, this, &ProjectTreeModel::onInserted);
    connect(document, &ProjectDocument::entityRemoved, this, &ProjectTreeModel::onRemoved);
    connect(document, &ProjectDocument::entityMoved, this, &ProjectTreeModel::onMoved);
    connect(document, &ProjectDocument::entityChanged, this, &ProjectTreeModel::onChanged);
    connect(document, &ProjectDocument::reviewsChanged, this, [this](const QString &uid) {
        // A legal source's review changes what its dilemmas lean on (law-changed).
        const bool source = m_document->find<LegalSource>(uid) != nullptr;
        reviewMayHaveChanged(source ? EntityKind::LegalSource : EntityKind::Dilemma, uid);
    });
    connect(document, &ProjectDocument::trustedReviewersChanged, this,
            &ProjectTreeModel::allReviewsMayHaveChanged);
    // What a dilemma owns is part of what was approved: a change there may make it stale.
    connect(document, &ProjectDocument::entityInserted, this,
            [this](EntityKind kind, const QString &uid, const QString &parentUid) {
                reviewMayHaveChanged(kind, uid, parentUid);
            });
    connect(document, &ProjectDocument::entityRemoved, this,
            [this](EntityKind kind, const QString &uid, const QString &parentUid) {
                reviewMayHaveChanged(kind, uid, parentUid);
            });
    connect(document, &ProjectDocument::entityMoved, this,
            [this](EntityKind kind, const QString &uid, const QString &oldParentUid, int,
                   const QString &newParentUid) {
                reviewMayHaveChanged(kind, uid, oldParentUid);
                reviewMayHaveChanged(kind, uid, newParentUid);
            });
    rebuild();
}

ProjectTreeModel::~ProjectTreeModel() = default;

// --- building ---------------------------------------------------------------------------------

void ProjectTreeModel::rebuild()
{
    beginResetModel();
    m_reviewLooks.clear();
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    if (m_document->isOpen()) {
        for (EntityKind kind : topLevelKinds)
            m_root->children.push_back(buildGroup(kind, QString(), m_root.get()));
    }
    endResetModel();
}

std::unique_ptr<ProjectTreeModel::Node>
ProjectTreeModel::buildGroup(EntityKind kind, const QString &ownerUid, Node *parent)
{
    auto group = std::make_unique<Node>();
    group->group = true;
    group->kind = kind;
    group->uid = ownerUid;
    group->parent = parent;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        const QList<T> *list
            = EntityTraits<T>::list(const_cast<Project &>(m_document->project()), ownerUid);
        if (!list)
            return;
        for (const T &entity : *list)
            group->children.push_back(buildNode(entity, group.get()));
    });
    return group;
}

std::unique_ptr<ProjectTreeModel::Node>
ProjectTreeModel::buildEntity(EntityKind kind, const QString &uid, Node *parent)
{
    std::unique_ptr<Node> node;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (const T *entity = m_document->find<T>(uid))
            node = buildNode(*entity, parent);
    });
    return node;
}

// The node of an entity and, for a scenario and a segment, of what it owns, from the entities
// themselves: looking each segment up by its uid made opening 10,000 segments quadratic.
template<typename T>
std::unique_ptr<ProjectTreeModel::Node> ProjectTreeModel::buildNode(const T &entity, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->kind = EntityTraits<T>::kind;
    node->uid = entity.uid;
    node->parent = parent;
    m_nodes.insert(entity.uid, node.get());
    if constexpr (std::is_same_v<T, Scenario>) {
        node->children.push_back(buildGroup(EntityKind::Person, entity.uid, node.get()));
        for (const Segment &segment : entity.segments)
            node->children.push_back(buildNode(segment, node.get()));
    } else if constexpr (std::is_same_v<T, Segment>) {
        for (const Dilemma &dilemma : entity.dilemmas)
            node->children.push_back(buildNode(dilemma, node.get()));
    }
    return node;
}

void ProjectTreeModel::forget(Node *node)
{
    if (!node->group)
        m_nodes.remove(node->uid);
    for (const auto &child : node->children)
        forget(child.get());
}

// The node whose children are the entities of `kind` under parentUid.
ProjectTreeModel::Node *ProjectTreeModel::container(EntityKind kind, const QString &parentUid) const
{
    switch (kind) {
    case EntityKind::Person: {
        Node *scenario = m_nodes.value(parentUid);
        return scenario && !scenario->children.empty() ? scenario->children.front().get() : nullptr;
    }
    case EntityKind::Segment:
    case EntityKind::Dilemma:
        return m_nodes.value(parentUid);
    default:
        for (const auto &group : m_root->children)
            if (group->kind == kind)
                return group.get();
        return nullptr;
    }
}

// Segments sit after their scenario's Persons group.
int ProjectTreeModel::rowOffset(EntityKind kind)
{
    return kind == EntityKind::Segment ? 1 : 0;
}

// --- QAbstractItemModel -----------------------------------------------------------------------

ProjectTreeModel::Node *ProjectTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProjectTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex ProjectTreeModel::indexOf(const QString &uid) const
{
    return indexOf(m_nodes.value(uid));
}

QModelIndex ProjectTreeModel::groupIndex(EntityKind kind, const QString &ownerUid) const
{
    Node *node = container(kind, ownerUid);
    return node && node->group ? indexOf(node) : QModelIndex();
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case KindRole:
        return int(node->kind);
    case UidRole:
        return node->uid;
    case IsGroupRole:
        return node->group;
    default:
        break;
    }
    if (node->group) {
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)")
                .arg(EntityLabels::kindNamePlural(node->kind))
                .arg(node->children.size());
        return {};
    }
    const QString label = EntityLabels::label(*m_document, node->kind, node->uid);
    if (role == Qt::EditRole)
        return label;
    if (role == Qt::DisplayRole) {
        const QString shown = label.isEmpty()
                                  ? tr("(untitled %1)").arg(EntityLabels::kindName(node->kind))
                                  : label.simplified();
        // The number is the segment's place on the wheel, as the model has it.
        if (node->kind == EntityKind::Segment)
            if (const Segment *segment = m_document->find<Segment>(node->uid))
                return tr("%1. %2").arg(segment->position + 1).arg(shown);
        return shown;
    }
    if (role == Qt::DecorationRole && node->kind == EntityKind::LifeDomain) {
        if (const LifeDomain *d = m_document->find<LifeDomain>(node->uid))
            return QColor::fromString(d->colour);
    }
    const bool reviewed
        = node->kind == EntityKind::Dilemma || node->kind == EntityKind::LegalSource;
    if (role == Qt::DecorationRole && reviewed) {
        const int look = reviewLook(node->uid);
        return look < 0 ? QVariant() : QVariant(ReviewStateIcon::icon(ReviewStateIcon::Look(look)));
    }
    if (role == Qt::ToolTipRole) {
        QString key;
        visitKind(node->kind, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            if constexpr (requires(T t) { t.key; })
                if (const T *e = m_document->find<T>(node->uid))
                    key = e->key;
        });
        QStringList lines;
        if (!key.isEmpty())
            lines << tr("Key: %1").arg(key);
        if (reviewed)
            lines << ReviewWords::status(*m_document, node->uid);
        lines.removeAll(QString());
        // Names in the review state are people's own words, never markup.
        return lines.isEmpty() ? QVariant()
                               : QVariant(QStringLiteral("<qt>%1</qt>")
                                              .arg(lines.join(u'\n').toHtmlEscaped().replace(
                                                  u'\n', QLatin1String("<br/>"))));
    }
    return {};
}

bool ProjectTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeAt(index);
    if (role != Qt::EditRole || !index.isValid() || node->group || m_document->isReadOnly())
        return false;
    const QString text = value.toString();
    if (text == EntityLabels::label(*m_document, node->kind, node->uid))
        return false;
    // The form's rename, key and all (KeyFollowsTitle), under the tree's own undo text.
    QUndoCommand *command = KeyFollowsTitle::rename(m_document, node->kind, node->uid, text);
    if (!command)
        return false;
    command->setText(QCoreApplication::translate("kd::Commands", "Change %1")
                         .arg(tr("name of %1").arg(EntityLabels::kindName(node->kind))));
    m_document->undoStack()->push(command);
    return true;
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const Node *node = nodeAt(index);
    if (m_document->isReadOnly())
        return flags;
    if (!node->group)
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    // Groups take their kind; scenarios take segments; segments take dilemmas; any entity
    // takes a sibling dropped on it.
    flags |= Qt::ItemIsDropEnabled;
    return flags;
}

bool ProjectTreeModel::insertionPoint(EntityKind kind, const QModelIndex &selected,
                                      QString *ownerUid, int *index) const
{
    const Node *node = selected.isValid() ? nodeAt(selected) : nullptr;
    const Node *target = nullptr;
    int at = -1;
    // Climb from the selection to the first node that holds entities of this kind.
    for (const Node *n = node; n && n != m_root.get() && !target; n = n->parent) {
        if (!n->group && n->kind == kind) {
            target = n->parent;
            at = n->row() - rowOffset(kind) + 1;
        } else if ((n->group && n->kind == kind)
                   || (!n->group && n->kind == EntityKind::Scenario && kind == EntityKind::Segment)
                   || (!n->group && n->kind == EntityKind::Segment
                       && kind == EntityKind::Dilemma)) {
            target = n;
        } else if (!n->group && n->kind == EntityKind::Scenario && kind == EntityKind::Person) {
            target = n->children.front().get();
        }
    }
    if (!target) {
        for (EntityKind topLevel : topLevelKinds)
            if (topLevel == kind)
                target = container(kind, QString());
    }
    if (!target)
        return false;
    if (at < 0)
        at = int(target->children.size()) - rowOffset(kind);
    *ownerUid = target->uid;
    *index = at;
    return true;
}

// --- drag and drop ----------------------------------------------------------------------------

Qt::DropActions ProjectTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ProjectTreeModel::mimeTypes() const
{
    return {entityMimeType};
}

QMimeData *ProjectTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || nodeAt(indexes.first())->group)
        return nullptr;
    const Node *node = nodeAt(indexes.first());
    auto *data = new QMimeData;
    data->setData(entityMimeType, (toName(node->kind) + u'\n' + node->uid).toUtf8());
    return data;
}

bool ProjectTreeModel::resolveDrop(const QMimeData *data, int row, const QModelIndex &parent,
                                   DropTarget *target) const
{
    if (!data || !data->hasFormat(entityMimeType) || m_document->isReadOnly())
        return false;
    const QStringList parts = QString::fromUtf8(data->data(entityMimeType)).split(u'\n');
    if (parts.size() != 2)
        return false;
    const std::optional<EntityKind> kind = entityKindFromName(parts.at(0));
    Node *source = m_nodes.value(parts.at(1));
    if (!kind || !source || source->kind != *kind)
        return false;

    Node *onto = nodeAt(parent);
    // Dropped onto an entity of the same kind: place it there, among its siblings.
    if (!onto->group && onto != m_root.get() && onto->kind == *kind && row < 0) {
        row = onto->row();
        onto = onto->parent;
    }
    // What the drop target holds, and under which owner.
    QString ownerUid;
    if (onto->group && onto->kind == *kind) {
        ownerUid = onto->uid;
    } else if (!onto->group && onto != m_root.get()
               && ((onto->kind == EntityKind::Scenario && *kind == EntityKind::Segment)
                   || (onto->kind == EntityKind::Segment && *kind == EntityKind::Dilemma))) {
        ownerUid = onto->uid;
    } else {
        return false;
    }
    // Segments may only move within their own scenario's wheel or to another scenario; persons
    // belong to their scenario.
    if (*kind == EntityKind::Person && source->parent != onto)
        return false;
    const int offset = rowOffset(*kind);
    int index = row < 0 ? int(onto->children.size()) - offset : row - offset;
    index = qMax(0, index);
    if (source->parent == onto && index > source->row() - offset)
        --index; // the source leaves the list first
    target->kind = *kind;
    target->uid = source->uid;
    target->parentUid = ownerUid;
    target->index = index;
    return true;
}

bool ProjectTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent) const
{
    DropTarget target;
    return action == Qt::MoveAction && resolveDrop(data, row, parent, &target);
}

bool ProjectTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    DropTarget target;
    if (action != Qt::MoveAction || !resolveDrop(data, row, parent, &target))
        return false;
    QUndoCommand *command = nullptr;
    visitKind(target.kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        command = new MoveEntity<T>(m_document, target.uid, target.parentUid, target.index,
                                    tr("Move %1").arg(EntityLabels::kindName(target.kind)));
    });
    if (command)
        m_document->undoStack()->push(command);
    // The move is done by the command; the view must not remove the source row itself, which
    // the default removeRows() (returning false) ensures.
    return command != nullptr;
}

// --- following the document -------------------------------------------------------------------

void ProjectTreeModel::refreshSegmentNumbers(Node *scenario)
{
    if (!scenario || scenario->kind != EntityKind::Scenario || scenario->children.size() < 2)
        return;
    emit dataChanged(indexOf(scenario->children[1].get()), indexOf(scenario->children.back().get()),
                     {Qt::DisplayRole});
}

void ProjectTreeModel::onInserted(EntityKind kind, const QString &uid, const QString &parentUid,
                                  int index)
{
    if (!shownInTree(kind))
        return;
    Node *parent = container(kind, parentUid);
    if (!parent)
        return;
    const int row = qBound(0, index + rowOffset(kind), int(parent->children.size()));
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, buildEntity(kind, uid, parent));
    endInsertRows();
    if (parent->group)
        emit dataChanged(indexOf(parent), indexOf(parent), {Qt::DisplayRole});
    refreshSegmentNumbers(parent);
}

void ProjectTreeModel::onRemoved(EntityKind kind, const QString &uid, const QString &, int)
{
    Node *node = m_nodes.value(uid);
    if (!node || node->kind != kind)
        return;
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    if (parent->group)
        emit dataChanged(indexOf(parent), indexOf(parent), {Qt::DisplayRole});
    refreshSegmentNumbers(parent);
}

void ProjectTreeModel::onMoved(EntityKind kind, const QString &uid, const QString &, int,
                               const QString &newParentUid, int newIndex)
{
    Node *node = m_nodes.value(uid);
    Node *to = container(kind, newParentUid);
    if (!node || !to)
        return;
    Node *from = node->parent;
    const int sourceRow = node->row();
    const int offset = rowOffset(kind);
    const int finalRow = newIndex + offset;
    // beginMoveRows counts the destination in the list before the move.
    const int destination = (from == to && finalRow > sourceRow) ? finalRow + 1 : finalRow;
    if (!beginMoveRows(indexOf(from), sourceRow, sourceRow, indexOf(to), destination))
        return;
    std::unique_ptr<Node> owned = std::move(from->children[size_t(sourceRow)]);
    from->children.erase(from->children.begin() + sourceRow);
    owned->parent = to;
    to->children.insert(to->children.begin() + finalRow, std::move(owned));
    endMoveRows();
    refreshSegmentNumbers(from);
    if (to != from)
        refreshSegmentNumbers(to);
    for (Node *group : {from, to})
        if (group->group)
            emit dataChanged(indexOf(group), indexOf(group), {Qt::DisplayRole});
}

void ProjectTreeModel::onChanged(EntityKind kind, const QString &uid, const QString &field)
{
    reviewMayHaveChanged(kind, uid);
    Node *node = m_nodes.value(uid);
    if (!node)
        return;
    Q_UNUSED(kind)
    Q_UNUSED(field)
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index);
}

int ProjectTreeModel::reviewLook(const QString &uid) const
{
    const auto cached = m_reviewLooks.constFind(uid);
    if (cached != m_reviewLooks.cend())
        return *cached;
    const ReviewLedger ledger(m_document->project());
    const std::optional<ReviewStatus> status = ledger.statusOf(uid);
    int look = status ? int(ReviewStateIcon::lookOf(*status)) : -1;
    // An approved dilemma whose law changed since is to be reviewed again (rule law-changed).
    if (look == int(ReviewStateIcon::Look::Approved)) {
        if (const Dilemma *dilemma = m_document->find<Dilemma>(uid)) {
            if (!LawChanges(m_document->project(), ledger.trust())
                     .changedSinceApproval(*dilemma)
                     .isEmpty())
                look = int(ReviewStateIcon::Look::ReviewAgain);
        }
    }
    m_reviewLooks.insert(uid, look);
    return look;
}

void ProjectTreeModel::reviewMayHaveChanged(EntityKind kind, const QString &uid,
                                            const QString &parentUid)
{
    QString reviewed = uid;
    if (kind == EntityKind::Option || kind == EntityKind::LegalReference) {
        reviewed = parentUid;
        if (reviewed.isEmpty()) {
            if (kind == EntityKind::Option)
                m_document->locate<Option>(uid, &reviewed, nullptr);
            else
                m_document->locate<LegalReference>(uid, &reviewed, nullptr);
        }
    }
    // A legal source's edit or review can change the look of every dilemma citing it.
    if (kind == EntityKind::LegalSource) {
        allReviewsMayHaveChanged();
        return;
    }
    if (m_reviewLooks.remove(reviewed) == 0)
        return; // not shown yet: nothing to repaint
    if (Node *node = m_nodes.value(reviewed)) {
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index, {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

void ProjectTreeModel::allReviewsMayHaveChanged()
{
    const QList<QString> shown = m_reviewLooks.keys();
    m_reviewLooks.clear();
    for (const QString &uid : shown) {
        if (Node *node = m_nodes.value(uid)) {
            const QModelIndex index = indexOf(node);
            emit dataChanged(index, index, {Qt::DecorationRole, Qt::ToolTipRole});
        }
    }
}

} // namespace kd
