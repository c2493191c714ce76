#pragma once

#include "issue.h"
#include "ruleid.h"

#include <QString>

namespace kd {

// What the registry knows about one rule: its public id, how bad a finding is, what triggers it
// and how to fix it. docs/rules.md mirrors these texts; a test keeps the two in step.
struct Rule
{
    RuleId rule;
    QString id; // stable kebab-case, a public contract (JSON output, scripts, docs)
    Issue::Severity severity = Issue::Severity::Error;
    QString summary; // one line: what triggers it
    QString fix;     // how to fix it
};

} // namespace kd
