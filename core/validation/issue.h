#pragma once

#include "model/entitykind.h"

#include <QList>
#include <QString>

#include <optional>

namespace kd {

// One problem validation found: which rule, how bad, what is wrong and exactly where.
struct Issue
{
    enum class Severity { Error, Warning, Info };

    QString rule; // stable kebab-case id, e.g. "missing-solution-direction"
    Severity severity = Severity::Error;
    QString message;
    EntityKind kind = EntityKind::Project;
    QString uid;
    QString path;  // key path: "scenario/familie-de-vries/segment/3/dilemma/toestemming-ouders"
    QString field; // model field name, e.g. "solutionDirection"; empty for the whole entity

    bool operator==(const Issue &) const = default;
};

QString toName(Issue::Severity severity);
std::optional<Issue::Severity> severityFromName(const QString &text);
// The order of validation's results: by key path (runs of digits by value, so segment/2 comes
// before segment/10), then field, then rule, then message.
bool issueBefore(const Issue &a, const Issue &b);

} // namespace kd
