#pragma once

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
template<typename T>
struct EntityTraits;

namespace detail {

template<typename T, EntityKind K, QList<T> Project::*Member>
struct TopLevelTraits
{
    static constexpr EntityKind kind = K;
    static constexpr bool hasParent = false;
    static QList<T> *list(Project &project, const QString &) { return &(project.*Member); }
    static bool insert(ProjectStore &store, const QString &, const T &e) { return store.insert(e); }
    static bool update(ProjectStore &store, const QString &, const T &e) { return store.update(e); }
};

Scenario *findScenario(Project &project, const QString &uid);
Segment *findSegment(Project &project, const QString &uid);
Dilemma *findDilemma(Project &project, const QString &uid);

template<typename T, EntityKind K, typename Parent, QList<T> Parent::*Member,
         Parent *(*Find)(Project &, const QString &)>
struct ChildTraits
{
    static constexpr EntityKind kind = K;
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

template<>
struct EntityTraits<LifeDomain>
    : detail::TopLevelTraits<LifeDomain, EntityKind::LifeDomain, &Project::lifeDomains>
{
};
template<>
struct EntityTraits<Professional>
    : detail::TopLevelTraits<Professional, EntityKind::Professional, &Project::professionals>
{
};
template<>
struct EntityTraits<LegalSource>
    : detail::TopLevelTraits<LegalSource, EntityKind::LegalSource, &Project::legalSources>
{
};
template<>
struct EntityTraits<Theme> : detail::TopLevelTraits<Theme, EntityKind::Theme, &Project::themes>
{
};
template<>
struct EntityTraits<GlossaryTerm>
    : detail::TopLevelTraits<GlossaryTerm, EntityKind::GlossaryTerm, &Project::glossary>
{
};
template<>
struct EntityTraits<Asset> : detail::TopLevelTraits<Asset, EntityKind::Asset, &Project::assets>
{
};
template<>
struct EntityTraits<Scenario>
    : detail::TopLevelTraits<Scenario, EntityKind::Scenario, &Project::scenarios>
{
};
template<>
struct EntityTraits<Person> : detail::ChildTraits<Person, EntityKind::Person, Scenario,
                                                  &Scenario::persons, detail::findScenario>
{
};
template<>
struct EntityTraits<Segment> : detail::ChildTraits<Segment, EntityKind::Segment, Scenario,
                                                   &Scenario::segments, detail::findScenario>
{
};
template<>
struct EntityTraits<Dilemma> : detail::ChildTraits<Dilemma, EntityKind::Dilemma, Segment,
                                                   &Segment::dilemmas, detail::findSegment>
{
};
template<>
struct EntityTraits<Option> : detail::ChildTraits<Option, EntityKind::Option, Dilemma,
                                                  &Dilemma::options, detail::findDilemma>
{
};
template<>
struct EntityTraits<LegalReference>
    : detail::ChildTraits<LegalReference, EntityKind::LegalReference, Dilemma,
                          &Dilemma::legalReferences, detail::findDilemma>
{
};

} // namespace kd
