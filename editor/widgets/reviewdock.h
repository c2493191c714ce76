#pragma once

#include "model/entitykind.h"
#include "model/enums.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class QTreeWidget;

namespace kd {

class ProjectDocument;
class ReviewQueueModel;
class ReviewerKeyring;

// Review at a glance: the queue of dilemmas and legal sources whose approval does not count now
// (stale and unverified approvals first, then what editors submitted), or of those in review,
// approved, or all, filtered by label; selecting one opens it in the form. Submit for Review for
// the editor, Approve and Request changes with a comment for the
// selected one, signed with the reviewer's key (ReviewerKeyring), why its approval does or does
// not count, its latest review with the comment, what changed since its last approval (field by
// field, with a word-level diff of long text), its threads of comments (ask, answer, resolve;
// ReviewThreads), and the entity's history: the change log with the
// review records, whose names come from the project's trusted reviewers, never from a record's
// own text. A review is refused when the key is not trusted in the project or, in a project
// file, when the author name is not the key's trusted name (AddReview::nameConflict; the dock
// says so as soon as the name changes); an approval also, with the four-eyes reason, when that
// name is the last editor's. Each action is an AddReview undo command, so the document logs it
// and Undo withdraws it. The main window adds the dock and tells it the selected entity with
// setCurrentEntity(). On a server project, a login outside kd_reviewer gets the actions disabled
// with the reason (the server would refuse the review anyway).
class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    ReviewDock(ProjectDocument *document, ReviewerKeyring *keyring, QWidget *parent = nullptr);

    // The entity the reviewer looks at: selects it in the queue (when it is there) and shows its
    // history. Kinds other than dilemma and legal source show history only.
    void setCurrentEntity(kd::EntityKind kind, const QString &uid);
    QString currentEntity() const { return m_current; }
    // For tests and the main window: the queue's uids in order and each one's state as shown,
    // the last message shown, the current entity's approval status, its latest review with the
    // comment, the changes since the approval as plain text and as the HTML shown, the history
    // rows (author, field, summary).
    QStringList queue() const;
    QStringList queueStates() const;
    QString message() const;
    QString statusText() const;
    QString latestReviewText() const;
    QString changesText() const;
    QString changesHtml() const;
    QList<QStringList> historyRows() const;
    bool approve();
    bool requestChanges();
    // The editor's side: puts the current entity in review (AddReview::submit), with the
    // comment as a note to the reviewer.
    bool submitForReview();
    // What the queue lists: what waits for a review (the default), what is in review, what is
    // approved (and counts), or everything; narrowed to labels containing the filter text.
    enum class Show { Waiting, InReview, Approved, All };
    // The current entity's review threads: anyone who edits or reviews asks a question (a new
    // thread), answers one or resolves it, each an undo step (AddReviewNote). The thread is the
    // question's uid; the text is the note box's unless given.
    bool askQuestion(const QString &text);
    bool answer(const QString &threadUid, const QString &text);
    bool resolve(const QString &threadUid);
    // For tests: the threads as shown, one row per note (text, author, the thread's state for a
    // question: "open" or "resolved"), replies indented by two spaces.
    QList<QStringList> threadRows() const;
    void setShown(Show show);
    void setQueueFilter(const QString &text);
    // Why Approve and Request changes are off for a server login outside kd_reviewer.
    static QString notAReviewer();

signals:
    // An item of the queue was selected (show it; the queue keeps the focus) or activated
    // (double-click or Enter: go to it).
    void entitySelected(kd::EntityKind kind, const QString &uid);
    void entityActivated(kd::EntityKind kind, const QString &uid);
    // The reviewer asked to set up a key (Edit > Preferences).
    void preferencesRequested();

private:
    QWidget *createTop();
    QWidget *createDiscussion();
    void rebuildQueue();
    void selectCurrentInQueue();
    void showHistory();
    void showThreads();
    QString selectedThread() const;
    bool addNote(const QString &threadUid, ReviewNoteKind kind, const QString &text);
    void startOver();
    void showStatus();
    void showLatest();
    void showChanges();
    void showSigner();
    void showNotice();
    void updateButtons();
    void showEverything();
    bool decide(bool approve);

    ProjectDocument *m_document;
    ReviewQueueModel *m_queueModel;
    QTreeView *m_queue;
    QPlainTextEdit *m_comment;
    QComboBox *m_shown;
    QLineEdit *m_filter;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QLabel *m_message;
    QLabel *m_status;
    QLabel *m_latest;
    QLabel *m_signer;
    QLabel *m_notice;
    QPushButton *m_keyPreferences;
    QTextBrowser *m_changes;
    QTreeWidget *m_history;
    QTabWidget *m_lower; // the comments and the history
    QTreeWidget *m_threads;
    QPlainTextEdit *m_noteText;
    QPushButton *m_ask;
    QPushButton *m_answer;
    QPushButton *m_resolve;
    QString m_current;
    EntityKind m_currentKind = EntityKind::Project;
    ReviewerKeyring *m_keyring;
};

} // namespace kd
