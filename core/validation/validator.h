#pragma once

#include "issue.h"

#include "model/project.h"

#include <QDate>
#include <QList>

namespace kd {

struct ValidationOptions
{
    QDate asOf = QDate::currentDate(); // legal-source expiry and review-by are judged on this date
};

// The one validation engine: `kdtool validate`, the export gate and the editor all call it.
// Results are sorted by path, then field, then rule.
class Validator
{
public:
    static QList<Issue> validate(const Project &project, const ValidationOptions &options = {});
    // Only the issues located on one entity (and what it owns), for the editor's live re-check.
    static QList<Issue> validateEntity(const Project &project, const QString &uid,
                                       const ValidationOptions &options = {});
};

} // namespace kd
