#include "issuelistmodel.h"

#include <QApplication>
#include <QStyle>

namespace kd {
namespace {

QStyle::StandardPixmap severityPixmap(Issue::Severity severity)
{
    switch (severity) {
    case Issue::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Issue::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Issue::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

// Errors first, then warnings, then infos; each in the engine's order (by place).
bool before(const Issue &a, const Issue &b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    return issueBefore(a, b);
}

} // namespace

QString IssueListModel::severityLabel(Issue::Severity severity)
{
    switch (severity) {
    case Issue::Severity::Error:
        return tr("Error");
    case Issue::Severity::Warning:
        return tr("Warning");
    case Issue::Severity::Info:
        return tr("Info");
    }
    return {};
}

QIcon IssueListModel::severityIcon(Issue::Severity severity)
{
    return QApplication::style()->standardIcon(severityPixmap(severity));
}

void IssueListModel::setIssues(QList<Issue> issues)
{
    std::stable_sort(issues.begin(), issues.end(), before);
    if (issues == m_issues)
        return;
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

void IssueListModel::replaceIssues(const QSet<QString> &uids, const QList<Issue> &issues)
{
    QList<Issue> merged;
    merged.reserve(m_issues.size() + issues.size());
    for (const Issue &issue : std::as_const(m_issues))
        if (!uids.contains(issue.uid))
            merged.append(issue);
    merged.append(issues);
    setIssues(std::move(merged));
}

int IssueListModel::count(Issue::Severity severity) const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                             [severity](const Issue &i) { return i.severity == severity; }));
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const Issue &issue = m_issues.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(issue.severity);
    case UidRole:
        return issue.uid;
    case FieldRole:
        return issue.field;
    case KindRole:
        return int(issue.kind);
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(issue.severity);
        return {};
    case Qt::ToolTipRole:
        return issue.message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(issue.severity);
        case PathColumn:
            return issue.field.isEmpty() ? issue.path : issue.path + u'#' + issue.field;
        case MessageColumn:
            return issue.message;
        case RuleColumn:
            return issue.rule;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PathColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace kd
