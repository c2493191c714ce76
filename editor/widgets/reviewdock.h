#pragma once

#include "model/entitykind.h"

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;
class QTreeWidget;

namespace kd {

class ProjectDocument;
class ReviewQueueModel;

// Review at a glance: the queue of dilemmas and legal sources that are not approved and current
// (stale approvals first), Approve and Request changes with a comment for the selected one, what
// changed since its last approval (field by field, with a word-level diff of long text), and the
// entity's history from the change log. Approving is refused, with the four-eyes reason, when
// the reviewer (the author name in the settings) made the last change. Each action is an
// AddReview undo command, so the document logs it and Undo withdraws it. The main window adds
// the dock and tells it the selected entity with setCurrentEntity().
class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReviewDock(ProjectDocument *document, QWidget *parent = nullptr);

    // The entity the reviewer looks at: selects it in the queue (when it is there) and shows its
    // history. Kinds other than dilemma and legal source show history only.
    void setCurrentEntity(kd::EntityKind kind, const QString &uid);
    QString currentEntity() const { return m_current; }
    // The reviewer's name; defaults to AppSettings::authorName() at each action when empty.
    void setReviewer(const QString &name) { m_reviewer = name; }

    // For tests and the main window: the queue's uids in order, the last message shown, the
    // changes since the approval as plain text and as the HTML shown.
    QStringList queue() const;
    QString message() const;
    QString changesText() const;
    QString changesHtml() const;
    bool approve();
    bool requestChanges();

signals:
    void entityActivated(kd::EntityKind kind, const QString &uid);

private:
    void rebuildQueue();
    void selectCurrentInQueue();
    void showHistory();
    void showChanges();
    void updateButtons();
    QString reviewer() const;

    ProjectDocument *m_document;
    ReviewQueueModel *m_queueModel;
    QTreeView *m_queue;
    QPlainTextEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QLabel *m_message;
    QTextBrowser *m_changes;
    QTreeWidget *m_history;
    QString m_current;
    EntityKind m_currentKind = EntityKind::Project;
    QString m_reviewer;
};

} // namespace kd
