#pragma once

#include "model/description.h"
#include "model/entitykind.h"
#include "model/project.h"
#include "storage/projectstore.h"

#include <QList>
#include <QString>

namespace kd {

// Where each kind of entity lives in the model and how the store writes it. The document's
// generic insert/remove/move/update and the undo commands are written once against these traits.
// list() returns the list that holds entities of the kind under the given parent (top-level kinds
// ignore the parent), or nullptr when the parent does not exist.
namespace detail {

// A top-level kind: the project's list that holds it is in its description.
template<typename T>
struct TopLevelTraits
{
    static constexpr EntityKind kind = Described<T>::kind;
    static constexpr bool hasParent = false;
    static QList<T> *list(Project &project, const QString &)
    {
        return &(project.*Described<T>::list);
    }
    static bool insert(ProjectStore &store, const QString &, const T &e) { return store.insert(e); }
    static bool update(ProjectStore &store, const QString &, const T &e) { return store.update(e); }
};

Scenario *findScenario(Project &project, const QString &uid);
Segment *findSegment(Project &project, const QString &uid);
Dilemma *findDilemma(Project &project, const QString &uid);

template<typename T, typename Parent, QList<T> Parent::*Member,
         Parent *(*Find)(Project &, const QString &)>
struct ChildTraits
{
    static constexpr EntityKind kind = Described<T>::kind;
    static constexpr bool hasParent = true;
    static QList<T> *list(Project &project, const QString &parentUid)
    {
        Parent *parent = Find(project, parentUid);
        return parent ? &(parent->*Member) : nullptr;
    }
    static bool insert(ProjectStore &store, const QString &parent, const T &e)
    {
        return store.insert(parent, e);
    }
    static bool update(ProjectStore &store, const QString &parent, const T &e)
    {
        return store.update(parent, e);
    }
};

} // namespace detail

// Every top-level kind; the owned kinds below say where their parent keeps them.
template<typename T>
struct EntityTraits : detail::TopLevelTraits<T>
{
};

template<>
struct EntityTraits<Person>
    : detail::ChildTraits<Person, Scenario, &Scenario::persons, detail::findScenario>
{
};
template<>
struct EntityTraits<Segment>
    : detail::ChildTraits<Segment, Scenario, &Scenario::segments, detail::findScenario>
{
};
template<>
struct EntityTraits<Dilemma>
    : detail::ChildTraits<Dilemma, Segment, &Segment::dilemmas, detail::findSegment>
{
};
template<>
struct EntityTraits<Option>
    : detail::ChildTraits<Option, Dilemma, &Dilemma::options, detail::findDilemma>
{
};
template<>
struct EntityTraits<LegalReference>
    : detail::ChildTraits<LegalReference, Dilemma, &Dilemma::legalReferences, detail::findDilemma>
{
};

} // namespace kd
