#pragma once

#include "model/entitykind.h"
#include "validation/issue.h"

#include <QDockWidget>

class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace kd {

class IssueListModel;
class ProjectDocument;
class ValidationRunner;

// The project's live validation issues: re-checked after every edit off the UI thread, filtered
// by severity, and a double-click asks the main window to show the entity and focus the field.
class ValidationDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ValidationDock(ProjectDocument *document, QWidget *parent = nullptr);

    IssueListModel *issues() const { return m_model; }
    ValidationRunner *runner() const { return m_runner; }
    // "2 errors, 1 warning, 3 info", as kdtool validate words it.
    QString summary() const;

signals:
    void issueActivated(kd::EntityKind kind, const QString &uid, const QString &field);
    void summaryChanged(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitSeverityColumn();
    void updateCounts();
    void applyFilter();

    IssueListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
    ValidationRunner *m_runner;
    QToolButton *m_errors;
    QToolButton *m_warnings;
    QToolButton *m_infos;
};

} // namespace kd
