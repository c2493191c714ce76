#include "referrers.h"

#include "description.h"
#include "project.h"

#include <QSet>

namespace kd {
namespace {

// Calls f(entity, owner, inside) for each entity of the list (owned by the entity with the uid
// `owner`, empty for top-level) and everything it owns, depth first; `inside` is true for the
// entity with the uid `root` and all it owns.
template<typename T, typename F>
void walk(const QList<T> &list, const QString &owner, const QString &root, bool inside, F &f)
{
    for (const T &entity : list) {
        const bool in = inside || entity.uid == root;
        f(entity, owner, in);
        forEachOwnedKind<T>([&](auto tag) {
            using C = typename decltype(tag)::Type;
            walk(entity.*Described<C>::inOwner, entity.uid, root, in, f);
        });
    }
}

// walk() over the project's content (records left out).
template<typename F>
void walkContent(const Project &project, const QString &root, F &&f)
{
    forEachTopLevelKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (!isRecordKind(Described<T>::kind))
            walk(project.*Described<T>::list, QString(), root, false, f);
    });
}

// Appends the entity's fields that name one of the uids, once for each uid named.
template<typename T>
void addReferrers(const T &entity, const QString &owner, const QSet<QString> &uids,
                  QList<Referrer> *referrers)
{
    for (const Field<T> &field : Described<T>::fields()) {
        QStringList named;
        if (field.d.type == ValueType::Reference)
            named = {entity.*std::get<QString T::*>(field.member)};
        else if (field.d.type == ValueType::ReferenceList)
            named = entity.*std::get<QStringList T::*>(field.member);
        for (const QString &target : std::as_const(named)) {
            if (uids.contains(target))
                referrers->append({Described<T>::kind, entity.uid,
                                   QString::fromLatin1(field.d.name), target, owner});
        }
    }
}

} // namespace

QList<Referrer> referrersOf(const Project &project, const QString &uid)
{
    QSet<QString> deleted;
    walkContent(project, uid, [&](const auto &entity, const QString &, bool inside) {
        if (inside)
            deleted.insert(entity.uid);
    });
    QList<Referrer> referrers;
    if (deleted.isEmpty())
        return referrers;
    walkContent(project, uid, [&](const auto &entity, const QString &owner, bool inside) {
        if (!inside)
            addReferrers(entity, owner, deleted, &referrers);
    });
    return referrers;
}

} // namespace kd
