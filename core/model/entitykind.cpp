#include "entitykind.h"

#include "nametable.h"

namespace kd {
namespace {

constexpr NameTable<EntityKind, 16> kindNames{{
    {EntityKind::Project, "project"},
    {EntityKind::LifeDomain, "life-domain"},
    {EntityKind::Professional, "professional"},
    {EntityKind::LegalSource, "legal-source"},
    {EntityKind::Theme, "theme"},
    {EntityKind::GlossaryTerm, "glossary-term"},
    {EntityKind::Asset, "asset"},
    {EntityKind::Scenario, "scenario"},
    {EntityKind::Person, "person"},
    {EntityKind::Segment, "segment"},
    {EntityKind::Dilemma, "dilemma"},
    {EntityKind::Option, "option"},
    {EntityKind::LegalReference, "legal-reference"},
    {EntityKind::Review, "review"},
    {EntityKind::ReviewNote, "review-note"},
    {EntityKind::TrustedReviewer, "trusted-reviewer"},
}};

} // namespace

QString toName(EntityKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<EntityKind> entityKindFromName(const QString &text)
{
    return valueOf(kindNames, text);
}

} // namespace kd
