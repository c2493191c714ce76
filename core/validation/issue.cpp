#include "issue.h"

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

std::optional<Issue::Severity> severityFromName(const QString &text)
{
    for (const auto severity :
         {Issue::Severity::Error, Issue::Severity::Warning, Issue::Severity::Info}) {
        if (toName(severity) == text)
            return severity;
    }
    return std::nullopt;
}

} // namespace kd
