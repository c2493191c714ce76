#pragma once

#include "model/entitykind.h"

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace kd {

class ProjectDocument;

// Find in the whole project: type words, see every field that holds them with a snippet of
// context, and double-click a result to open the entity at that field. The search runs on the
// project file's full-text index; it follows edits, since the index does.
class SearchDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SearchDock(ProjectDocument *document, QWidget *parent = nullptr);

    void setQuery(const QString &query);
    // Runs the search now instead of after the typing pause.
    void searchNow();
    QTreeWidget *results() const { return m_results; }
    // Replaces the query's text everywhere (one undo step); returns the number of fields changed.
    int replaceAll(const QString &replacement);

signals:
    void resultActivated(kd::EntityKind kind, const QString &uid, const QString &field);

private:
    ProjectDocument *m_document;
    QLineEdit *m_query;
    QLineEdit *m_replacement;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer m_delay;
};

} // namespace kd
