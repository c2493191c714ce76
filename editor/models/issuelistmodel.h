#pragma once

#include "validation/issue.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSet>

namespace kd {

// The project's validation issues as a table (severity, where, message, rule): errors first, then
// warnings, then infos, each by place as validation orders them. Replacing all issues, or only
// those of one entity and what it owns, keeps the rest of the list as it is.
class IssueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, PathColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, UidRole, FieldRole, KindRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(QList<Issue> issues);
    // Replaces the issues located on the given uids with fresh ones for them.
    void replaceIssues(const QSet<QString> &uids, const QList<Issue> &issues);
    const QList<Issue> &issues() const { return m_issues; }
    int count(Issue::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What the severity column shows: the word in the current language, and the icon.
    static QString severityLabel(Issue::Severity severity);
    static QIcon severityIcon(Issue::Severity severity);

private:
    QList<Issue> m_issues;
};

} // namespace kd
