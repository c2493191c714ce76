#include "validator.h"

#include "checker.h"
#include "validationindex.h"

#include <algorithm>

namespace kd {

ValidationRun::ValidationRun(const Project &registers, const ProjectFacts &facts,
                             const ValidationOptions &options)
    : m_options(options)
    , m_index(std::make_unique<ValidationIndex>(registers, facts))
    , m_checker(std::make_unique<Checker>(registers, m_options, *m_index))
{
    m_checker->checkRegisters();
}

ValidationRun::~ValidationRun() = default;

void ValidationRun::add(const Scenario &scenario)
{
    m_checker->checkScenario(scenario);
}

QList<Issue> ValidationRun::finish()
{
    QList<Issue> issues = m_checker->takeIssues();
    std::stable_sort(issues.begin(), issues.end(), issueBefore);
    return issues;
}

QList<Issue> Validator::validate(const Project &project, const ValidationOptions &options)
{
    ValidationRun run(project, ProjectFacts::of(project), options);
    for (const Scenario &scenario : project.scenarios)
        run.add(scenario);
    return run.finish();
}

QList<Issue> Validator::validateEntity(const Project &project, const QString &uid,
                                       const ValidationOptions &options)
{
    if (uid.isEmpty())
        return {};
    const ValidationIndex index(project);
    Checker checker(project, options, index);
    QList<Issue> issues = checker.run(uid);
    std::stable_sort(issues.begin(), issues.end(), issueBefore);
    return issues;
}

} // namespace kd
