#pragma once

#include "model/entitykind.h"

#include <QList>
#include <QString>

namespace kd {

// The one table of how long a field may be before the website cannot show it. Lengths count
// characters (Unicode code points), not bytes. docs/rules.md repeats the table; a test keeps the
// two in step.
class LengthLimits
{
public:
    struct Limit
    {
        EntityKind kind;
        QString field;
        int maximum;
    };

    static const QList<Limit> &all();
    // The limit of one field; 0 when the field has none.
    static int maximum(EntityKind kind, const QString &field);
};

} // namespace kd
