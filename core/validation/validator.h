#pragma once

#include "issue.h"

#include "model/project.h"

#include <QDate>
#include <QList>

namespace kd {

struct ValidationOptions
{
    // How the review rules (not-approved, approval-stale) take part. The library default leaves
    // them out so that a check of the content alone stays quiet; the editor and `kdtool
    // validate` ask for Editing (warnings), the export gate for Export (errors, as registered).
    enum class ReviewGate { Off, Editing, Export };

    QDate asOf = QDate::currentDate(); // legal-source expiry and review-by are judged on this date
    ReviewGate reviewGate = ReviewGate::Off;
};

// The one validation engine: `kdtool validate`, the export gate and the editor all call it.
// Results are sorted by key path (numbers in paths by value: segment/2 before segment/10), then
// field, then rule id, then message. Each run indexes the project once, so a run is linear in
// its size; validateEntity() indexes the whole project too (keys, uses) but checks only the
// entity and what it owns. The rules themselves are listed by RuleRegistry and docs/rules.md.
class Validator
{
public:
    static QList<Issue> validate(const Project &project, const ValidationOptions &options = {});
    // Only the issues located on one entity (and what it owns), for the editor's live re-check:
    // a dilemma with its options and legal references, a scenario with everything in it. The
    // project's uid gives the same as validate(); an unknown uid gives nothing.
    static QList<Issue> validateEntity(const Project &project, const QString &uid,
                                       const ValidationOptions &options = {});
};

} // namespace kd
