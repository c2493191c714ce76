#pragma once

#include "document/replaceall.h"
#include "model/entitykind.h"

#include <QDockWidget>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kd {

class ProjectDocument;
struct SearchHit;

// Find in the project: type words, see every field that holds them with a snippet of context
// (as plain text), and double-click a result to open the entity at that field. The search runs
// on the project file's full-text index and follows edits, since the index does. Options narrow
// it to whole words and to the scenario or dilemma selected in the project tree. Replace All and
// Replace This One change what the search finds (ReplaceAll), each as one undo step, and say
// first which approved content would need a review again.
class SearchDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SearchDock(ProjectDocument *document, QWidget *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const;
    // Runs the search now instead of after the typing pause.
    void searchNow();
    QTreeWidget *results() const { return m_results; }
    // The line under the results: how many there are, or what a replacement did.
    QString status() const;
    // Replaces the query's text wherever the search finds it, without asking (one undo step);
    // the query stays. Returns the number of fields changed.
    int replaceAll(const QString &replacement);

public slots:
    // The entity selected in the project tree: the scopes "Current scenario" and "Current dilemma"
    // are the scenario and the dilemma that hold it. MainWindow connects
    // ProjectTree::entitySelected.
    void setCurrentEntity(kd::EntityKind kind, const QString &uid);

signals:
    void resultActivated(kd::EntityKind kind, const QString &uid, const QString &field);

private:
    QLayout *makeFindRow();
    QLayout *makeReplaceRow();
    void connectSignals();
    void updateEditing();
    void updatePlaceholder();
    // What the options set; nullopt when the scope needs a selection that there is none of.
    std::optional<ReplaceAll::Options> options() const;
    bool findHits(const QString &query, const ReplaceAll::Options &options, QList<SearchHit> *hits);
    bool holdsWholeWords(const SearchHit &hit, const QString &query) const;
    void addResult(const SearchHit &hit, const QString &query);
    QString contextOf(const SearchHit &hit, const QString &query) const;
    QString whereOf(EntityKind kind, const QString &uid) const;
    void reselect(const QString &uid, const QString &field);

    void replaceAllAsked();
    void replaceSelectedAsked();
    QString replaceQuestion(const QString &find, const QString &replacement,
                            const ReplaceAll::Scope &scope) const;
    QString staleWarning(const QList<ReplaceAll::Change> &changes) const;
    bool ask(const QString &title, QString question, const QString &warning);
    void showReplaced(int changed);

    ProjectDocument *m_document;
    QLineEdit *m_query;
    QCheckBox *m_wholeWords;
    QComboBox *m_scope;
    QLineEdit *m_replacement;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer m_delay;
    QString m_currentUid; // selected in the project tree
};

} // namespace kd
