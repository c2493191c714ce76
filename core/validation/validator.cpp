// TEMPORARY, branch `packages` only: an empty Validator so that the package code links before
// the validation branch lands. The lead replaces this file with the real engine at merge.
#include "validator.h"

namespace kd {

QString toName(Issue::Severity severity)
{
    switch (severity) {
    case Issue::Severity::Error:
        return QStringLiteral("error");
    case Issue::Severity::Warning:
        return QStringLiteral("warning");
    case Issue::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QList<Issue> Validator::validate(const Project &, const ValidationOptions &)
{
    return {};
}

QList<Issue> Validator::validateEntity(const Project &, const QString &, const ValidationOptions &)
{
    return {};
}

} // namespace kd
