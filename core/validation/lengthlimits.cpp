#include "lengthlimits.h"

namespace kd {
namespace {

struct Entry
{
    EntityKind kind;
    const char *field;
    int maximum;
};

// Titles and labels share a line on the website's cards and menus; keys become URL segments.
constexpr Entry entries[] = {
    {EntityKind::Project, "title", 100},
    {EntityKind::Project, "publisher", 100},
    {EntityKind::LifeDomain, "key", 60},
    {EntityKind::LifeDomain, "label", 40},
    {EntityKind::Professional, "key", 60},
    {EntityKind::Professional, "title", 100},
    {EntityKind::LegalSource, "key", 60},
    {EntityKind::LegalSource, "shortTitle", 40},
    {EntityKind::LegalSource, "fullTitle", 250},
    {EntityKind::LegalSource, "pinpoint", 100},
    {EntityKind::Theme, "key", 60},
    {EntityKind::Theme, "label", 60},
    {EntityKind::GlossaryTerm, "key", 60},
    {EntityKind::GlossaryTerm, "term", 100},
    {EntityKind::Asset, "key", 60},
    {EntityKind::Asset, "name", 100},
    {EntityKind::Scenario, "key", 60},
    {EntityKind::Scenario, "title", 100},
    {EntityKind::Scenario, "calamityBasis", 500},
    {EntityKind::Person, "name", 80},
    {EntityKind::Person, "role", 60},
    {EntityKind::Segment, "key", 60},
    {EntityKind::Segment, "title", 100},
    {EntityKind::Segment, "periodLabel", 60},
    {EntityKind::Dilemma, "key", 60},
    {EntityKind::Dilemma, "question", 200},
    {EntityKind::Option, "label", 120},
    {EntityKind::LegalReference, "pinpoint", 100},
    {EntityKind::LegalReference, "note", 500},
};

QList<LengthLimits::Limit> buildLimits()
{
    QList<LengthLimits::Limit> limits;
    for (const Entry &e : entries)
        limits.append({e.kind, QString::fromLatin1(e.field), e.maximum});
    return limits;
}

} // namespace

const QList<LengthLimits::Limit> &LengthLimits::all()
{
    static const QList<Limit> limits = buildLimits();
    return limits;
}

int LengthLimits::maximum(EntityKind kind, const QString &field)
{
    for (const Limit &limit : all()) {
        if (limit.kind == kind && limit.field == field)
            return limit.maximum;
    }
    return 0;
}

} // namespace kd
