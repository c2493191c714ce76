#include "lengthlimits.h"

#include "model/description.h"

namespace kd {
namespace {

// Titles and labels share a line on the website's cards and menus; keys become URL segments.
// The limits are the description's (FieldDescription::maxLength), in kind and field order.
QList<LengthLimits::Limit> buildLimits()
{
    QList<LengthLimits::Limit> limits;
    for (EntityKind kind : describedKinds()) {
        for (const FieldDescription &field : describe(kind).fields) {
            if (field.maxLength > 0)
                limits.append({kind, QLatin1String(field.name), field.maxLength});
        }
    }
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
