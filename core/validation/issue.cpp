#include "issue.h"

namespace kd {
namespace {

// Compares key paths so that "segment/2" comes before "segment/10": runs of digits compare by
// value, everything else by code unit.
int comparePaths(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype endA = i;
            while (endA < a.size() && a[endA].isDigit())
                ++endA;
            qsizetype endB = j;
            while (endB < b.size() && b[endB].isDigit())
                ++endB;
            // Without leading zeros the longer run is the larger number.
            qsizetype startA = i;
            while (startA + 1 < endA && a[startA] == u'0')
                ++startA;
            qsizetype startB = j;
            while (startB + 1 < endB && b[startB] == u'0')
                ++startB;
            if (endA - startA != endB - startB)
                return endA - startA < endB - startB ? -1 : 1;
            const int digits = a.mid(startA, endA - startA).compare(b.mid(startB, endB - startB));
            if (digits != 0)
                return digits;
            if (endA - i != endB - j)
                return endA - i < endB - j ? -1 : 1;
            i = endA;
            j = endB;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : 0;
}

} // namespace

bool issueBefore(const Issue &a, const Issue &b)
{
    if (const int c = comparePaths(a.path, b.path); c != 0)
        return c < 0;
    if (const int c = a.field.compare(b.field); c != 0)
        return c < 0;
    if (const int c = a.rule.compare(b.rule); c != 0)
        return c < 0;
    return a.message < b.message;
}

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
