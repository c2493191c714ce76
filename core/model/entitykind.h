#pragma once

#include <QString>

#include <optional>

namespace kd {

// The kinds of entity a project holds. Validation locations, the store's remove() and the
// editor's selection all name an entity by its kind and uid.
enum class EntityKind {
    Project,
    LifeDomain,
    Professional,
    LegalSource,
    Theme,
    GlossaryTerm,
    Asset,
    Scenario,
    Person,
    Segment,
    Dilemma,
    Option,
    LegalReference,
    Review,
    ReviewNote, // before TrustedReviewer, which stays the last kind (code counts up to it)
    TrustedReviewer,
};

// The stable kebab-case name of a kind ("legal-source"), as used in key paths and JSON.
QString toName(EntityKind kind);
std::optional<EntityKind> entityKindFromName(const QString &text);

} // namespace kd
