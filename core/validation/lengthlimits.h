#pragma once

#include "model/entitykind.h"

#include <QList>
#include <QString>

namespace kd {

// How long a field may be before the website cannot show it, from the content model's
// description (model/description.cpp). Lengths count characters (Unicode code points), not
// bytes. docs/rules.md repeats the table; a test keeps the two in step.
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
