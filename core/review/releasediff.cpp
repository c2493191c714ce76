#include "releasediff.h"

#include "contenthash.h"

#include "crypto/sha256.h"
#include "model/description.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <type_traits>
#include <vector>

namespace kd::ReleaseDiff {
namespace {

// A dilemma's options and legal references are compared as part of their dilemma (ContentDiff),
// never as entities of their own.
template<typename T>
constexpr bool isListed = !std::is_same_v<T, Option> && !std::is_same_v<T, LegalReference>;

// The kinds whose reviewed fields have a canonical form (ContentHash).
template<typename T>
constexpr bool hasCanonicalForm = std::is_same_v<T, Dilemma> || std::is_same_v<T, LegalSource>;

// Where an entity is in one release.
struct Located
{
    EntityKind kind = EntityKind::Project;
    const void *entity = nullptr; // the entity, of the model type of kind
    QString owner;                // the owner's uid; empty at the top level
    int index = 0;                // among its siblings, 0 first
    QStringList place;            // by name, down to the entity itself
};

// A value as text, as a diff shows it: absent and empty are the same.
QString textOf(const QString &value)
{
    return value;
}
QString textOf(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}
QString textOf(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}
QString textOf(int value)
{
    return QString::number(value);
}
QString textOf(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}
QString textOf(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    return QCoreApplication::translate("kd::ReleaseDiff", "%n bytes, SHA-256 %1", nullptr,
                                       int(bytes.size()))
        .arg(Sha256::hex(bytes));
}
template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
QString textOf(E value)
{
    return toName(value);
}

// The moves that explain a new order: keeps[i] is false for the entries of oldIndex (the old
// places of what both releases have, in the new order) outside one longest increasing run, so
// that moving one entity marks that one, not all it passed.
std::vector<bool> inOrder(const QList<int> &oldIndex)
{
    const size_t n = size_t(oldIndex.size());
    QList<qsizetype> tails; // tails[k]: the entry ending the best run of length k + 1
    std::vector<qsizetype> previous(n, -1); // the entry before each in its best run
    for (qsizetype i = 0; i < qsizetype(n); ++i) {
        const auto at = std::lower_bound(
            tails.begin(), tails.end(), oldIndex.at(i),
            [&](qsizetype entry, int value) { return oldIndex.at(entry) < value; });
        if (at != tails.begin())
            previous[size_t(i)] = *(at - 1);
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    std::vector<bool> keeps(n, false);
    for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(size_t(i)))
        keeps[size_t(i)] = true;
    return keeps;
}

class Walk
{
public:
    Walk(const Project &before, const Project &after)
        : m_before(before)
        , m_after(after)
    {
        indexProject(before, &m_old);
        indexProject(after, &m_new);
        m_namesBefore = namer(m_old);
        m_namesAfter = namer(m_new);
    }

    QList<EntityChange> run()
    {
        QList<FieldChange> info = fieldsOf(m_before.info, m_after.info);
        if (!info.isEmpty()) {
            EntityChange change;
            change.entity = EntityKind::Project;
            change.uid = m_after.info.uid;
            change.place = {m_after.info.title};
            change.fields = std::move(info);
            m_changes.append(std::move(change));
        }
        forEachTopLevelKind([&](auto tag) {
            using T = typename decltype(tag)::Type;
            if constexpr (!isRecordKind(Described<T>::kind))
                compareList(m_after.*Described<T>::list, &(m_before.*Described<T>::list), {}, {});
        });
        return std::move(m_changes);
    }

private:
    using Index = QHash<QString, Located>;

    static ContentDiff::Namer namer(const Index &index)
    {
        return [&index](EntityKind kind, const QString &uid) {
            const auto it = index.constFind(uid);
            return it != index.cend() && it->kind == kind ? it->place.constLast() : QString();
        };
    }

    static void indexProject(const Project &project, Index *index)
    {
        forEachTopLevelKind([&](auto tag) {
            using T = typename decltype(tag)::Type;
            if constexpr (!isRecordKind(Described<T>::kind))
                indexList(project.*Described<T>::list, {}, {}, index);
        });
    }

    template<typename T>
    static void indexList(const QList<T> &list, const QString &owner, const QStringList &ownerPlace,
                          Index *index)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const T &entity = list.at(i);
            const QStringList place = ownerPlace + QStringList{nameOf(entity)};
            index->insert(entity.uid, {Described<T>::kind, &entity, owner, int(i), place});
            forEachOwnedKind<T>([&](auto tag) {
                using C = typename decltype(tag)::Type;
                if constexpr (isListed<C>)
                    indexList(entity.*Described<C>::inOwner, entity.uid, place, index);
            });
        }
    }

    template<typename T>
    static const T *find(const Index &index, const QString &uid, const Located **where = nullptr)
    {
        const auto it = index.constFind(uid);
        if (it == index.cend() || it->kind != Described<T>::kind)
            return nullptr;
        if (where)
            *where = &*it;
        return static_cast<const T *>(it->entity);
    }

    // The field by field differences of two versions of one entity.
    template<typename T>
    QList<FieldChange> fieldsOf(const T &was, const T &now) const
    {
        QList<FieldChange> fields;
        if (was == now) // most of a release is what it was: no canonical form to make
            return fields;
        if constexpr (hasCanonicalForm<T>) {
            const QByteArray before = ContentHash::canonical(was);
            const QByteArray after = ContentHash::canonical(now);
            if (before != after) {
                if (const auto changes
                    = ContentDiff::compare(before, after, m_namesBefore, m_namesAfter))
                    fields = *changes;
            }
        }
        for (const Field<T> &field : Described<T>::fields()) {
            if (field.d.type == ValueType::Uid || field.d.type == ValueType::Position)
                continue;
            if (hasCanonicalForm<T> && field.d.has(FieldFlag::Reviewed))
                continue;
            std::visit(
                [&](auto member) {
                    const auto &before = was.*member;
                    const auto &after = now.*member;
                    if (before == after)
                        return;
                    std::optional<FieldChange> change;
                    if constexpr (std::is_same_v<std::decay_t<decltype(before)>, QStringList>)
                        change = ContentDiff::compareList(field.d, before, after, m_namesBefore,
                                                          m_namesAfter);
                    else
                        change = ContentDiff::compareValue(field.d, textOf(before), textOf(after),
                                                           m_namesBefore, m_namesAfter);
                    if (change)
                        fields.append(*change);
                },
                field.member);
        }
        return fields;
    }

    // One list of the new release (what an owner holds, or a top-level list) against the list
    // the same owner held in the old one (null when the owner is new).
    template<typename T>
    void compareList(const QList<T> &now, const QList<T> *old, const QString &owner,
                     const QStringList &ownerPlace)
    {
        // What both releases have under this owner, in the new order, by its old place.
        QList<int> oldIndex;
        QList<qsizetype> kept;
        for (qsizetype i = 0; i < now.size(); ++i) {
            const Located *where = nullptr;
            if (find<T>(m_old, now.at(i).uid, &where) && where->owner == owner) {
                oldIndex.append(where->index);
                kept.append(i);
            }
        }
        const std::vector<bool> keeps = inOrder(oldIndex);
        std::vector<bool> reordered(size_t(now.size()), false);
        for (qsizetype k = 0; k < kept.size(); ++k)
            reordered[size_t(kept.at(k))] = !keeps.at(size_t(k));

        for (qsizetype i = 0; i < now.size(); ++i) {
            const T &entity = now.at(i);
            EntityChange change;
            change.entity = Described<T>::kind;
            change.uid = entity.uid;
            change.key = keyOf(entity);
            change.place = ownerPlace + QStringList{nameOf(entity)};
            const Located *where = nullptr;
            const T *was = find<T>(m_old, entity.uid, &where);
            if (!was) {
                change.kind = EntityChange::Kind::Added;
            } else {
                change.fields = fieldsOf(*was, entity);
                if (where->owner != owner || reordered.at(size_t(i))) {
                    change.kind = EntityChange::Kind::Moved;
                    change.from = where->place;
                    change.position = int(i) + 1;
                    change.fromPosition = where->index + 1;
                } else {
                    change.kind = EntityChange::Kind::Changed;
                }
            }
            const QStringList place = change.place;
            if (change.kind != EntityChange::Kind::Changed || !change.fields.isEmpty())
                m_changes.append(std::move(change));
            forEachOwnedKind<T>([&](auto tag) {
                using C = typename decltype(tag)::Type;
                if constexpr (isListed<C>)
                    compareList(entity.*Described<C>::inOwner,
                                was ? &(was->*Described<C>::inOwner) : nullptr, entity.uid, place);
            });
        }
        if (old) {
            for (const T &entity : *old)
                removed(entity);
        }
    }

    // An entity of the old release that the new one does not have, then what it held; what it
    // held that the new release has elsewhere is listed there, as moved.
    template<typename T>
    void removed(const T &entity)
    {
        if (find<T>(m_new, entity.uid))
            return;
        EntityChange change;
        change.kind = EntityChange::Kind::Removed;
        change.entity = Described<T>::kind;
        change.uid = entity.uid;
        change.key = keyOf(entity);
        change.place = m_old.value(entity.uid).place;
        m_changes.append(std::move(change));
        forEachOwnedKind<T>([&](auto tag) {
            using C = typename decltype(tag)::Type;
            if constexpr (isListed<C>) {
                for (const C &child : entity.*Described<C>::inOwner)
                    removed(child);
            }
        });
    }

    template<typename T>
    static QString keyOf(const T &entity)
    {
        if constexpr (requires { entity.key; })
            return entity.key;
        return {};
    }

    const Project &m_before;
    const Project &m_after;
    Index m_old;
    Index m_new;
    ContentDiff::Namer m_namesBefore;
    ContentDiff::Namer m_namesAfter;
    QList<EntityChange> m_changes;
};

} // namespace

QList<EntityChange> compare(const Project &before, const Project &after)
{
    return Walk(before, after).run();
}

QString toName(EntityChange::Kind kind)
{
    switch (kind) {
    case EntityChange::Kind::Added:
        return QStringLiteral("added");
    case EntityChange::Kind::Removed:
        return QStringLiteral("removed");
    case EntityChange::Kind::Moved:
        return QStringLiteral("moved");
    case EntityChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

} // namespace kd::ReleaseDiff
