#pragma once

#include "legal/lawregister.h"
#include "model/entitykind.h"

#include <QDate>
#include <QDockWidget>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace kd {

class ProjectDocument;

// The law register (LawRegister, as `kdtool legal` prints it): every legal source with the
// version checked, its review-by date, its status today and the dilemmas that cite it, sortable
// by each column and filtered to the sources due for review within 30 days or those changed
// since the approval of a dilemma that cites them (rule law-changed). Below the table, the
// selected source's citing dilemmas and professionals, those the source changed under marked.
// Double-click opens a source or a dilemma. The register follows edits, reviews and the trusted
// list after a pause, and only while the dock is shown.
class LawRegisterDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Show { All, DueSoon, Changed };
    enum Column {
        SourceColumn,
        StatusColumn,
        VersionColumn,
        ReviewByColumn,
        CitedColumn,
        ChangedColumn,
        ColumnCount
    };

    explicit LawRegisterDock(ProjectDocument *document, QWidget *parent = nullptr);

    // The day statuses are for (default today); for tests and for a register as of a day.
    void setAsOf(const QDate &day);
    void setShow(Show show);
    void setFilterText(const QString &text);
    // Reads the register again now instead of after the pause.
    void refreshNow();

    QTableView *table() const { return m_table; }
    QTreeWidget *citing() const { return m_citing; }
    // The summary above the table: how many sources, how many due, how many changed.
    QString summary() const;
    // The uids of the sources listed, in the order shown.
    QStringList listedUids() const;
    // Selects the listed source with this uid (its citing items then show below).
    bool selectSource(const QString &uid);

signals:
    void entityActivated(kd::EntityKind kind, const QString &uid);

private:
    void scheduleRefresh();
    void fillTable();
    void showCiting();
    QString statusWords(LawRegister::Status status) const;

    ProjectDocument *m_document;
    QComboBox *m_show;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QTreeWidget *m_citing;
    QTimer m_delay;
    QDate m_asOf;
    bool m_stale = true; // the register changed while the dock was hidden
    QList<LawRegister::Entry> m_entries;
};

} // namespace kd
