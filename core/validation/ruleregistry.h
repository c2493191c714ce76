#pragma once

#include "rule.h"

#include <QList>
#include <QString>

namespace kd {

// The table of every validation rule. Ids are a public contract: once published, an id keeps its
// spelling; a rule that goes away leaves its id unused.
class RuleRegistry
{
public:
    // Every rule, in the order of RuleId.
    static const QList<Rule> &all();
    static const Rule &rule(RuleId id);
    // nullptr when no rule has that id.
    static const Rule *find(const QString &id);
};

} // namespace kd
