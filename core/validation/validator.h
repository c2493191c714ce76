#pragma once

#include "issue.h"

#include "model/project.h"
#include "model/projectfacts.h"

#include <QDate>
#include <QList>

#include <memory>

namespace kd {

struct ValidationOptions
{
    // How the review rules (not-approved, approval-stale, law-changed) take part. The library
    // default leaves them out so that a check of the content alone stays quiet; the editor and
    // `kdtool validate` ask for Editing (warnings), the export gate for Export (errors, as
    // registered).
    enum class ReviewGate { Off, Editing, Export };

    QDate asOf = QDate::currentDate(); // legal-source expiry and review-by are judged on this date
    ReviewGate reviewGate = ReviewGate::Off;
    // Whether the plain-language rules (spelling, jargon) run. They are advice and never block
    // an export, so the export gate leaves them out and need not load the dictionary.
    bool plainLanguage = true;
};

class Checker;
class ValidationIndex;

// One validation of a project taken one scenario at a time, for a project too large to hold
// whole (`kdtool validate` and `export` read the file so): the registers are checked at once,
// each scenario when it is added, and finish() gives the issues, sorted as Validator's.
// registers is the project without the content of its scenarios (its scenarios may be there,
// as stubs that give their positions); facts are those of every scenario. registers must
// outlive the run. Validator::validate() is this run over a project in memory.
class ValidationRun
{
public:
    ValidationRun(const Project &registers, const ProjectFacts &facts,
                  const ValidationOptions &options);
    ~ValidationRun();
    ValidationRun(const ValidationRun &) = delete;
    ValidationRun &operator=(const ValidationRun &) = delete;

    void add(const Scenario &scenario);
    QList<Issue> finish();

private:
    ValidationOptions m_options;
    std::unique_ptr<ValidationIndex> m_index;
    std::unique_ptr<Checker> m_checker;
    QList<Issue> m_issues;
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
