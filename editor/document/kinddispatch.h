#pragma once

#include "model/entitykind.h"
#include "model/project.h"

#include <type_traits>

namespace kd {

// Turns a run-time EntityKind into a compile-time type: visitKind(kind, f) calls
// f(KindTag<T>{}) with the model type of the kind, so code that works on "the selected entity"
// is written once as a generic lambda. Project and Review have no editable list: f is not called
// and visitKind returns false.
template<typename T>
struct KindTag
{
    using Type = T;
};

template<typename F>
bool visitKind(EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::LifeDomain:
        f(KindTag<LifeDomain>{});
        return true;
    case EntityKind::Professional:
        f(KindTag<Professional>{});
        return true;
    case EntityKind::LegalSource:
        f(KindTag<LegalSource>{});
        return true;
    case EntityKind::Theme:
        f(KindTag<Theme>{});
        return true;
    case EntityKind::GlossaryTerm:
        f(KindTag<GlossaryTerm>{});
        return true;
    case EntityKind::Asset:
        f(KindTag<Asset>{});
        return true;
    case EntityKind::Scenario:
        f(KindTag<Scenario>{});
        return true;
    case EntityKind::Person:
        f(KindTag<Person>{});
        return true;
    case EntityKind::Segment:
        f(KindTag<Segment>{});
        return true;
    case EntityKind::Dilemma:
        f(KindTag<Dilemma>{});
        return true;
    case EntityKind::Option:
        f(KindTag<Option>{});
        return true;
    case EntityKind::LegalReference:
        f(KindTag<LegalReference>{});
        return true;
    case EntityKind::Project:
    case EntityKind::Review:
        break;
    }
    return false;
}

} // namespace kd
